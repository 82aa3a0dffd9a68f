import { render, screen } from "@testing-library/react";
import { formatDateTime, LocalDateTime } from "@/components/classes/local-date-time";

const DUE = new Date("2026-12-02T04:59:00Z");

test.each([
  ["America/New_York", "Dec 1, 2026, 11:59 PM EST"],
  ["Asia/Tokyo", "Dec 2, 2026, 1:59 PM GMT+9"],
  ["UTC", "Dec 2, 2026, 4:59 AM UTC"],
])("the same due instant reads as local time in %s", (timeZone, text) => {
  expect(formatDateTime(DUE, { timeZone })).toBe(text);
});

test("a date-only value drops the time", () => {
  expect(formatDateTime(DUE, { dateOnly: true, timeZone: "America/New_York" })).toBe("Dec 1, 2026");
});

test("the component renders a machine-readable instant and the browser's local text", () => {
  render(<LocalDateTime value={DUE} />);
  const time = screen.getByText(/2026/);
  expect(time).toHaveAttribute("datetime", "2026-12-02T04:59:00.000Z");
  expect(time.textContent).toBe(formatDateTime(DUE));
});
