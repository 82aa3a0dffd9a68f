import { dateFormatter, formatDate } from "@/lib/utils/date-format";

const instant = new Date("2026-11-30T23:30:00Z");

test.each([
  ["en", { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short", timeZone: "America/New_York" }],
  ["en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Tokyo" }],
  ["en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }],
] as const)("formats like toLocaleString (%s, %j)", (locale, options) => {
  expect(formatDate(instant, locale, options)).toBe(instant.toLocaleString(locale, options));
});

test("one formatter per locale and options, a different one when they differ", () => {
  const options = { dateStyle: "medium", timeZone: "UTC" } as const;
  expect(dateFormatter("en", { ...options })).toBe(dateFormatter("en", options));
  expect(dateFormatter("en", { ...options, timeZone: "Europe/Budapest" })).not.toBe(dateFormatter("en", options));
  expect(formatDate(instant, "en", { ...options, timeZone: "Asia/Tokyo" })).toBe("Dec 1, 2026");
});
