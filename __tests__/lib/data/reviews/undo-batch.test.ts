/** @jest-environment node */
import { randomUUID } from "node:crypto";
import { submitReview } from "@/lib/data/reviews";
import { submitReviewBatch } from "@/lib/data/reviews-batch";
import { undoReview } from "@/lib/data/reviews-undo";
import { setCardSuspended } from "@/lib/data/card-suspension";
import { createTestDb, type TestDb } from "../../../helpers/test-db";
import { seedReviewFixture, type ReviewFixture } from "./fixtures";

let testDb: TestDb;
let fx: ReviewFixture;
const NOW = new Date(Date.UTC(2026, 0, 10, 12, 0, 0));
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

beforeAll(async () => {
  testDb = await createTestDb();
  fx = await seedReviewFixture(testDb.db, 10);
});
afterAll(() => testDb.cleanup());

const rate = (factId: string, rating: number, now = NOW, id = randomUUID()) =>
  submitReview(testDb.db, { userId: fx.learner, id, factId, rating, source: "REVIEW", now, fuzz: false });
const cardOf = (factId: string) => testDb.db.cardState.findFirstOrThrow({ where: { factId, userId: fx.learner } });

describe("undo", () => {
  test("puts the card back to its memory state before the rating and marks the rating undone", async () => {
    const factId = fx.factIds[0]!;
    await rate(factId, 3);
    const before = await cardOf(factId);
    const { id } = await rate(factId, 1, later(15));
    const result = await undoReview(testDb.db, { userId: fx.learner, id, now: later(16) });
    const after = await cardOf(factId);
    expect(after).toMatchObject({ state: before.state, stability: before.stability, difficulty: before.difficulty, reps: before.reps, lapses: before.lapses, learningSteps: before.learningSteps });
    expect(after.version).toBe(before.version + 2);
    expect(result.alreadyUndone).toBe(false);
    expect(await testDb.db.reviewLog.findUniqueOrThrow({ where: { id } })).toMatchObject({ undoneAt: later(16) });
  });

  test("twice is harmless: the second answers the same card", async () => {
    const factId = fx.factIds[1]!;
    const { id } = await rate(factId, 3);
    const first = await undoReview(testDb.db, { userId: fx.learner, id, now: later(1) });
    const second = await undoReview(testDb.db, { userId: fx.learner, id, now: later(2) });
    expect(second).toMatchObject({ alreadyUndone: true, due: first.due });
    expect((await cardOf(factId)).version).toBe(2);
  });

  test("of a rating that is no longer the card's latest is a CONFLICT", async () => {
    const factId = fx.factIds[2]!;
    const { id } = await rate(factId, 3);
    await rate(factId, 3, later(10));
    await expect(undoReview(testDb.db, { userId: fx.learner, id, now: later(11) })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  test("of someone else's rating is NOT_FOUND", async () => {
    const { id } = await rate(fx.factIds[3]!, 3);
    await expect(undoReview(testDb.db, { userId: fx.stranger, id, now: later(1) })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("then a new rating continues from the restored state", async () => {
    const factId = fx.factIds[4]!;
    const { id } = await rate(factId, 4);
    await undoReview(testDb.db, { userId: fx.learner, id, now: later(1) });
    const again = await rate(factId, 1, later(2));
    expect(again.interval).toBe("1m");
    expect(await cardOf(factId)).toMatchObject({ reps: 1, version: 3 });
  });
});

describe("batch", () => {
  test("stores every rating in order, several per card", async () => {
    const [a, b] = [fx.factIds[5]!, fx.factIds[6]!];
    const reviews = [
      { id: randomUUID(), factId: a, rating: 1 },
      { id: randomUUID(), factId: b, rating: 3 },
      { id: randomUUID(), factId: a, rating: 3 },
    ];
    const results = await submitReviewBatch(testDb.db, { userId: fx.learner, reviews, now: NOW, fuzz: false });
    expect(results.map((result) => result.id)).toEqual(reviews.map((review) => review.id));
    expect(await cardOf(a)).toMatchObject({ version: 2, reps: 2 });
    expect(await cardOf(b)).toMatchObject({ version: 1, reps: 1 });
    const replay = await submitReviewBatch(testDb.db, { userId: fx.learner, reviews, now: later(5), fuzz: false });
    expect(replay.every((result) => result.replayed)).toBe(true);
    expect(await testDb.db.reviewLog.count({ where: { factId: { in: [a, b] } } })).toBe(3);
  });

  test.each([
    { label: "a fact the learner may not read", bad: () => ({ factId: fx.privateFactId, rating: 3 }), code: "NOT_FOUND" },
    { label: "an item of another fact", bad: () => ({ factId: fx.factIds[7]!, rating: 3, itemId: fx.itemIds[0]! }), code: "INVALID_INPUT" },
    { label: "an id stored with another payload", bad: () => ({ id: storedId, factId: fx.factIds[7]!, rating: 4 }), code: "INVALID_INPUT" },
  ])("with $label at item k persists nothing", async ({ bad, code }) => {
    const logs = await testDb.db.reviewLog.count();
    const cards = await testDb.db.cardState.count();
    const reviews = [
      { id: randomUUID(), factId: fx.factIds[8]!, rating: 3 },
      { id: randomUUID(), factId: fx.factIds[9]!, rating: 3 },
      { id: randomUUID(), ...bad() },
      { id: randomUUID(), factId: fx.factIds[8]!, rating: 2 },
    ];
    await expect(submitReviewBatch(testDb.db, { userId: fx.learner, reviews, now: NOW, fuzz: false })).rejects.toMatchObject({ code });
    expect(await testDb.db.reviewLog.count()).toBe(logs);
    expect(await testDb.db.cardState.count()).toBe(cards);
  });
});

let storedId = "";
beforeAll(async () => {
  storedId = (await rate(fx.factIds[7]!, 3)).id;
});

describe("leeches", () => {
  test("the eighth lapse tags and suspends the fact and says so; unsuspending keeps the tag", async () => {
    const factId = fx.factIds[3]!;
    let at = 100;
    const results = [];
    // Graduate to review, then forget and relearn eight times.
    await rate(factId, 4, later((at += 10)));
    for (let lapse = 1; lapse <= 8; lapse++) {
      const card = await cardOf(factId);
      const due = Math.max(card.due.getTime(), later(at).getTime()) + 60_000;
      at = (due - NOW.getTime()) / 60_000;
      results.push(await rate(factId, 1, new Date(due)));
      const relearned = await cardOf(factId);
      at = (Math.max(relearned.due.getTime(), due) - NOW.getTime()) / 60_000 + 1;
      if (lapse < 8) await rate(factId, 4, later(at));
    }
    expect(results.map((result) => result.leech)).toEqual([false, false, false, false, false, false, false, true]);
    expect(await cardOf(factId)).toMatchObject({ lapses: 8, suspended: true });
    expect((await cardOf(factId)).leechedAt).not.toBeNull();
    await setCardSuspended(testDb.db, { userId: fx.learner, factId, suspended: false, now: later(at + 1) });
    expect(await cardOf(factId)).toMatchObject({ suspended: false });
    expect((await cardOf(factId)).leechedAt).not.toBeNull();
  });
});
