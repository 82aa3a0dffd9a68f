import { reviewBatchSchema, reviewSubmissionSchema } from "@/lib/validations/review";
import { srsSettingsSchema } from "@/lib/validations/srs-settings";

const valid = { id: "6f1d3c1e-8a2b-4c5d-9e0f-112233445566", factId: "cm1abc", rating: 3 };

test("a well-formed rating passes, with or without the optional fields", () => {
  expect(reviewSubmissionSchema.parse(valid)).toEqual(valid);
  expect(reviewSubmissionSchema.parse({ ...valid, itemId: "item1", durationMs: 1500 })).toMatchObject({ itemId: "item1", durationMs: 1500 });
});

test.each([
  { label: "an id that is not a UUID", input: { ...valid, id: "1" } },
  { label: "rating 0", input: { ...valid, rating: 0 } },
  { label: "rating 5", input: { ...valid, rating: 5 } },
  { label: "a fractional rating", input: { ...valid, rating: 2.5 } },
  { label: "a rating as text", input: { ...valid, rating: "3" } },
  { label: "a fact id with SQL in it", input: { ...valid, factId: "x' OR 1=1 --" } },
  { label: "a 10,000-character fact id", input: { ...valid, factId: "a".repeat(10_000) } },
  { label: "a negative duration", input: { ...valid, durationMs: -1 } },
  { label: "a duration over a day", input: { ...valid, durationMs: 86_400_001 } },
  { label: "client-sent schedule state", input: { ...valid, due: "2030-01-01T00:00:00Z" } },
  { label: "a user id", input: { ...valid, userId: "someone-else" } },
])("refuses $label", ({ input }) => {
  expect(reviewSubmissionSchema.safeParse(input).success).toBe(false);
});

test("a batch holds 1 to 200 ratings", () => {
  expect(reviewBatchSchema.safeParse({ reviews: [] }).success).toBe(false);
  expect(reviewBatchSchema.safeParse({ reviews: Array(201).fill(valid) }).success).toBe(false);
  expect(reviewBatchSchema.safeParse({ reviews: Array(200).fill(valid) }).success).toBe(true);
});

const settings = { desiredRetentionPercent: "90", maximumIntervalDays: "36500", learningSteps: "1m 10m", relearningSteps: "10m", timeZone: "Europe/Budapest", dayStartHour: "4", newPerDeck: "20", reviewsPerDeck: "200", newPerDay: "20", reviewsPerDay: "200" };

test("the schedule form parses steps and numbers", () => {
  expect(srsSettingsSchema.parse(settings)).toMatchObject({ desiredRetentionPercent: 90, learningSteps: ["1m", "10m"], dayStartHour: 4 });
});

test.each([
  { field: "desiredRetentionPercent", value: "69" },
  { field: "desiredRetentionPercent", value: "98" },
  { field: "maximumIntervalDays", value: "0" },
  { field: "learningSteps", value: "1x" },
  { field: "learningSteps", value: "1m ".repeat(11) },
  { field: "timeZone", value: "Mars/Olympus" },
  { field: "dayStartHour", value: "24" },
  { field: "newPerDay", value: "-1" },
  { field: "reviewsPerDeck", value: "1.5" },
])("the schedule form refuses $field = $value", ({ field, value }) => {
  const result = srsSettingsSchema.safeParse({ ...settings, [field]: value });
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.path).toEqual([field]);
});
