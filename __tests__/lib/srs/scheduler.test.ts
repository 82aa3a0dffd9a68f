import fc from "fast-check";
import { createEmptyCard } from "ts-fsrs";
import { DEFAULT_SRS_SETTINGS, formatInterval, isLeechLapse, previewIntervals, reviewCard, undoReview, type Card, type Grade } from "@/lib/srs";

const NOW = new Date(2022, 11, 29, 12, 30, 0, 0);
const grade = fc.constantFrom<Grade>(1, 2, 3, 4);
const settingsArb = fc.record({
  desiredRetention: fc.double({ min: 0.7, max: 0.97, noNaN: true }),
  maximumIntervalDays: fc.integer({ min: 1, max: 36500 }),
});

/** A card reached by a random history of ratings, each at or after its due date. */
const historyArb = fc.array(fc.record({ rating: grade, lateMinutes: fc.integer({ min: 0, max: 60 * 24 * 400 }) }), { maxLength: 12 });

function play(history: { rating: Grade; lateMinutes: number }[], settings = DEFAULT_SRS_SETTINGS, fuzz = false): { card: Card; now: Date } {
  let card = createEmptyCard(NOW);
  let now = NOW;
  for (const step of history) {
    now = new Date(Math.max(now.getTime(), card.due.getTime()) + step.lateMinutes * 60_000);
    card = reviewCard(card, step.rating, now, settings, { fuzz }).card;
  }
  return { card, now: new Date(Math.max(now.getTime(), card.due.getTime())) };
}

test("a new card rated Good waits for the second learning step (10m)", () => {
  const { card } = reviewCard(createEmptyCard(NOW), 3, NOW, DEFAULT_SRS_SETTINGS, { fuzz: false });
  expect(card.due.getTime() - NOW.getTime()).toBe(10 * 60_000);
});

test("the preview labels of a new card read 1m, 6m, 10m and a number of days", () => {
  const preview = previewIntervals(createEmptyCard(NOW), NOW, DEFAULT_SRS_SETTINGS, { fuzz: false });
  expect([preview[1].label, preview[2].label, preview[3].label]).toEqual(["1m", "6m", "10m"]);
  expect(preview[4].label).toMatch(/^\d+d$/);
});

test("after any review the due date is never in the past", () => {
  fc.assert(
    fc.property(historyArb, grade, settingsArb, fc.boolean(), (history, rating, partial, fuzz) => {
      const settings = { ...DEFAULT_SRS_SETTINGS, ...partial };
      const { card, now } = play(history, settings, fuzz);
      const next = reviewCard(card, rating, now, settings, { fuzz }).card;
      expect(next.due.getTime()).toBeGreaterThanOrEqual(now.getTime());
    }),
    { numRuns: 300 },
  );
});

test("a higher rating never gives a shorter interval", () => {
  fc.assert(
    fc.property(historyArb, settingsArb, fc.integer({ min: 0, max: 60 * 24 * 60 }), (history, partial, extraMinutes) => {
      const settings = { ...DEFAULT_SRS_SETTINGS, ...partial };
      const { card, now } = play(history, settings);
      const at = new Date(now.getTime() + extraMinutes * 60_000);
      const preview = previewIntervals(card, at, settings, { fuzz: false });
      const dues = ([1, 2, 3, 4] as const).map((rating) => preview[rating].due.getTime());
      for (let index = 1; index < dues.length; index++) expect(dues[index]).toBeGreaterThanOrEqual(dues[index - 1]!);
    }),
    { numRuns: 300 },
  );
});

// ts-fsrs keeps Hard < Good < Easy by a day each even at the cap, so Easy may pass it by two days.
test("no interval exceeds the maximum interval (plus the two days that keep the ratings apart)", () => {
  fc.assert(
    fc.property(historyArb, fc.integer({ min: 1, max: 400 }), (history, maximumIntervalDays) => {
      const settings = { ...DEFAULT_SRS_SETTINGS, maximumIntervalDays };
      const { card } = play(history, settings);
      expect(card.scheduled_days).toBeLessThanOrEqual(maximumIntervalDays + 2);
    }),
  );
});

test("undo restores the memory state before the rating", () => {
  fc.assert(
    fc.property(historyArb, grade, (history, rating) => {
      const { card, now } = play(history);
      const { card: next, log } = reviewCard(card, rating, now, DEFAULT_SRS_SETTINGS, { fuzz: false });
      const restored = undoReview(next, log, DEFAULT_SRS_SETTINGS);
      expect({ s: restored.stability, d: restored.difficulty, state: restored.state, reps: restored.reps, lapses: restored.lapses }).toEqual({
        s: card.stability,
        d: card.difficulty,
        state: card.state,
        reps: card.reps,
        lapses: card.lapses,
      });
    }),
  );
});

test("a higher desired retention never gives a longer interval for the same card", () => {
  const { card, now } = play([{ rating: 3, lateMinutes: 0 }, { rating: 3, lateMinutes: 0 }, { rating: 3, lateMinutes: 0 }]);
  const ivl = (desiredRetention: number) => reviewCard(card, 3, now, { ...DEFAULT_SRS_SETTINGS, desiredRetention }, { fuzz: false }).card.scheduled_days;
  expect(ivl(0.97)).toBeLessThanOrEqual(ivl(0.9));
  expect(ivl(0.9)).toBeLessThanOrEqual(ivl(0.7));
});

test.each([
  { before: 7, after: 8, leech: true },
  { before: 8, after: 8, leech: false },
  { before: 6, after: 7, leech: false },
  { before: 11, after: 12, leech: true },
  { before: 12, after: 13, leech: false },
])("a lapse from $before to $after makes a leech: $leech", ({ before, after, leech }) => {
  expect(isLeechLapse(before, after)).toBe(leech);
});

test.each([
  { minutes: 0.2, label: "1m" },
  { minutes: 10, label: "10m" },
  { minutes: 90, label: "2h" },
  { minutes: 60 * 24 * 3, label: "3d" },
  { minutes: 60 * 24 * 75, label: "2.5mo" },
  { minutes: 60 * 24 * 365 * 2, label: "2y" },
])("an interval of $minutes minutes reads $label", ({ minutes, label }) => {
  expect(formatInterval(NOW, new Date(NOW.getTime() + minutes * 60_000))).toBe(label);
});
