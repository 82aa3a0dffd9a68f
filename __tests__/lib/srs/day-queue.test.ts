import fc from "fast-check";
import { createEmptyCard, State } from "ts-fsrs";
import { buildQueue, DEFAULT_SRS_SETTINGS, reviewCard, studyDayAt, type QueueCandidate } from "@/lib/srs";

describe("the study day", () => {
  test.each([
    { label: "2 am belongs to yesterday when the day starts at 4", now: "2026-06-10T02:00:00Z", tz: "UTC", hour: 4, key: "2026-06-09", hours: 24 },
    { label: "4 am starts a new day", now: "2026-06-10T04:00:00Z", tz: "UTC", hour: 4, key: "2026-06-10", hours: 24 },
    { label: "Budapest in summer is UTC+2", now: "2026-06-10T01:30:00Z", tz: "Europe/Budapest", hour: 4, key: "2026-06-09", hours: 24 },
    { label: "Tokyo is a day ahead of UTC evening", now: "2026-06-10T20:00:00Z", tz: "Asia/Tokyo", hour: 4, key: "2026-06-11", hours: 24 },
    { label: "the New York day holding spring-forward lasts 23 hours", now: "2026-03-07T12:00:00Z", tz: "America/New_York", hour: 4, key: "2026-03-07", hours: 23 },
    { label: "the New York day after it is 24 hours again", now: "2026-03-08T12:00:00Z", tz: "America/New_York", hour: 4, key: "2026-03-08", hours: 24 },
    { label: "the New York day holding fall-back lasts 25 hours", now: "2026-10-31T12:00:00Z", tz: "America/New_York", hour: 4, key: "2026-10-31", hours: 25 },
    { label: "a start hour inside the DST gap slides forward, not into the next day", now: "2026-03-08T12:00:00Z", tz: "America/New_York", hour: 2, key: "2026-03-08", hours: 23 },
    { label: "Kolkata's half-hour offset: 03:30 local is still yesterday", now: "2026-06-10T22:00:00Z", tz: "Asia/Kolkata", hour: 4, key: "2026-06-10", hours: 24 },
    { label: "Kolkata's half-hour offset: 04:30 local is a new day", now: "2026-06-10T23:00:00Z", tz: "Asia/Kolkata", hour: 4, key: "2026-06-11", hours: 24 },
  ])("$label", ({ now, tz, hour, key, hours }) => {
    const day = studyDayAt(new Date(now), tz, hour);
    expect(day.key).toBe(key);
    expect((day.end.getTime() - day.start.getTime()) / 3_600_000).toBe(hours);
  });

  test("contains now, in every time zone and start hour, across the year", () => {
    const zones = ["UTC", "Europe/Budapest", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "America/Santiago", "Pacific/Chatham"];
    fc.assert(
      fc.property(fc.date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true }), fc.constantFrom(...zones), fc.integer({ min: 0, max: 23 }), (now, tz, hour) => {
        const day = studyDayAt(now, tz, hour);
        expect(day.start.getTime()).toBeLessThanOrEqual(now.getTime());
        expect(day.end.getTime()).toBeGreaterThan(now.getTime());
        const length = (day.end.getTime() - day.start.getTime()) / 3_600_000;
        expect(length).toBeGreaterThanOrEqual(22.5);
        expect(length).toBeLessThanOrEqual(25.5);
        expect(studyDayAt(day.end, tz, hour).start.getTime()).toBe(day.end.getTime());
      }),
      { numRuns: 500 },
    );
  });
});

describe("the review queue", () => {
  const NOW = new Date("2026-06-10T12:00:00Z");
  const day = studyDayAt(NOW, "UTC", 4);
  const settings = { ...DEFAULT_SRS_SETTINGS };

  function reviewedCard(daysAgo: number, ratings: (1 | 2 | 3 | 4)[]) {
    let at = new Date(NOW.getTime() - daysAgo * 86_400_000);
    let card = createEmptyCard(at);
    for (const rating of ratings) {
      card = reviewCard(card, rating, at, settings, { fuzz: false }).card;
      at = card.due;
    }
    return card;
  }

  const newCards = (deckId: string, count: number): QueueCandidate[] => Array.from({ length: count }, (_, index) => ({ factId: `${deckId}-new-${index}`, deckId, card: null }));

  test("new cards stop at the per-deck and the overall limit", () => {
    const queue = buildQueue({ candidates: [...newCards("a", 30), ...newCards("b", 30)], now: NOW, day, settings: { ...settings, newPerDeck: 15, newPerDay: 20 } });
    expect(queue.counts.new).toBe(20);
    expect(queue.cards.filter((card) => card.deckId === "a")).toHaveLength(15);
  });

  test("what was done today counts against the limits", () => {
    const queue = buildQueue({ candidates: newCards("a", 30), now: NOW, day, settings, done: { newTotal: 18, reviewsTotal: 0, newByDeck: { a: 18 }, reviewsByDeck: {} } });
    expect(queue.counts.new).toBe(2);
  });

  test("overdue reviews come most-likely-forgotten first, within the review limit", () => {
    const cards: QueueCandidate[] = [
      { factId: "fresh", deckId: "a", card: reviewedCard(4, [3, 3]) },
      { factId: "old", deckId: "a", card: reviewedCard(200, [3, 3]) },
      { factId: "middle", deckId: "a", card: reviewedCard(40, [3, 3]) },
    ];
    const queue = buildQueue({ candidates: cards, now: NOW, day, settings: { ...settings, reviewsPerDay: 2 } });
    expect(queue.cards.map((card) => card.factId)).toEqual(["old", "middle"]);
    expect(queue.counts.review).toBe(2);
  });

  test("learning cards due now come first and are never limited", () => {
    const learning = createEmptyCard(new Date(NOW.getTime() - 3_600_000));
    const card = { ...reviewCard(learning, 3, new Date(NOW.getTime() - 3_600_000), settings, { fuzz: false }).card };
    expect(card.state).toBe(State.Learning);
    const queue = buildQueue({ candidates: [...newCards("a", 3), { factId: "learning", deckId: "a", card }], now: NOW, day, settings: { ...settings, newPerDay: 0 } });
    expect(queue.cards.map((entry) => entry.factId)).toEqual(["learning"]);
  });

  test("reviews due after the study day ends wait", () => {
    const future = reviewedCard(0, [4]);
    expect(future.due.getTime()).toBeGreaterThan(day.end.getTime());
    expect(buildQueue({ candidates: [{ factId: "later", deckId: "a", card: future }], now: NOW, day, settings }).cards).toEqual([]);
  });
});
