/** @jest-environment node */
import { randomUUID } from "node:crypto";
import { submitReview } from "@/lib/data/reviews";
import { cardFromRow, logFromRow } from "@/lib/data/card-state";
import { DEFAULT_SRS_SETTINGS, reviewCard, type Grade } from "@/lib/srs";
import { createEmptyCard } from "ts-fsrs";
import { createPrisma } from "@/lib/db/client";
import { createTestDb, type TestDb } from "../../../helpers/test-db";
import { seedReviewFixture, type ReviewFixture } from "./fixtures";

let testDb: TestDb;
let fx: ReviewFixture;
const NOW = new Date(Date.UTC(2026, 0, 10, 12, 0, 0));

beforeAll(async () => {
  testDb = await createTestDb();
  fx = await seedReviewFixture(testDb.db, 8);
});
afterAll(() => testDb.cleanup());

const review = (over: Partial<Parameters<typeof submitReview>[1]> = {}) =>
  submitReview(testDb.db, { userId: fx.learner, id: randomUUID(), factId: fx.factIds[0]!, rating: 3, source: "REVIEW", now: NOW, fuzz: false, ...over });

test("a first rating creates the card and answers the schedule ts-fsrs gives", async () => {
  const factId = fx.factIds[1]!;
  const result = await review({ factId, rating: 3 });
  const expected = reviewCard(createEmptyCard(NOW), 3, NOW, DEFAULT_SRS_SETTINGS, { fuzz: false });
  expect(result).toMatchObject({ due: expected.card.due, interval: "10m", replayed: false, leech: false });
  const card = await testDb.db.cardState.findUniqueOrThrow({ where: { userId_factId: { userId: fx.learner, factId } } });
  expect(card).toMatchObject({ version: 1, reps: 1, state: expected.card.state, due: expected.card.due, lastReview: NOW, suspended: false, createdAt: NOW, updatedAt: NOW });
  // Written in SQL, read back through the query builder and compared in SQL: one date format for both.
  const log = await testDb.db.reviewLog.findFirstOrThrow({ where: { cardId: card.id } });
  expect(log).toMatchObject({ fromVersion: 0, nextDue: expected.card.due, reviewedAt: NOW, durationMs: 0, itemId: null, undoneAt: null });
  expect(await testDb.db.cardState.count({ where: { id: card.id, due: { gt: NOW, lte: expected.card.due } } })).toBe(1);
});

test("the same id with the same payload answers the stored result without a second log", async () => {
  const id = randomUUID();
  const factId = fx.factIds[2]!;
  const first = await review({ id, factId, rating: 4, itemId: fx.itemIds[2], durationMs: 1200 });
  const again = await review({ id, factId, rating: 4, itemId: fx.itemIds[2], durationMs: 1200, now: new Date(NOW.getTime() + 60_000) });
  expect(again).toMatchObject({ due: first.due, replayed: true });
  expect(await testDb.db.reviewLog.count({ where: { factId } })).toBe(1);
  expect(await testDb.db.cardState.findFirstOrThrow({ where: { factId } })).toMatchObject({ version: 1 });
});

test.each([
  { label: "another rating", change: { rating: 1 } },
  { label: "another fact", change: { factId: "other" } },
  { label: "another duration", change: { durationMs: 5 } },
  { label: "another source", change: { source: "QUIZ" as const } },
])("the same id with $label is INVALID_INPUT and changes nothing", async ({ change }) => {
  const id = randomUUID();
  const factId = fx.factIds[3]!;
  await review({ id, factId, rating: 3 });
  const before = await testDb.db.cardState.findFirstOrThrow({ where: { factId } });
  await expect(review({ id, factId, rating: 3, ...change, ...(change.factId && { factId: fx.factIds[4]! }) })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  expect(await testDb.db.cardState.findFirstOrThrow({ where: { factId } })).toMatchObject({ version: before.version });
});

test("the same id from another user is refused and reveals nothing", async () => {
  const id = randomUUID();
  await review({ id, factId: fx.factIds[3]! });
  await expect(review({ id, factId: fx.factIds[3]!, userId: fx.stranger })).rejects.toMatchObject({ code: "NOT_FOUND" });
  const shared = await testDb.db.deck.create({ data: { title: "Shipped", ownerId: null } });
  const fact = await testDb.db.fact.create({ data: { deckId: shared.id, position: 0, statement: "Open", sourceSentence: "Open.", spanStart: 0, spanEnd: 4 } });
  const sharedId = randomUUID();
  await review({ id: sharedId, factId: fact.id });
  await expect(review({ id: sharedId, factId: fact.id, userId: fx.stranger })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  expect(await testDb.db.cardState.count({ where: { userId: fx.stranger } })).toBeLessThanOrEqual(1);
  expect(await testDb.db.reviewLog.count({ where: { userId: fx.stranger } })).toBe(0);
});

test.each([
  { label: "a fact in someone else's private deck", factId: () => fx.privateFactId },
  { label: "a fact that does not exist", factId: () => "missing-fact" },
])("rating $label is NOT_FOUND and writes nothing", async ({ factId }) => {
  const logs = await testDb.db.reviewLog.count();
  await expect(review({ factId: factId() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  expect(await testDb.db.reviewLog.count()).toBe(logs);
});

test("an item that asks about another fact is INVALID_INPUT", async () => {
  await expect(review({ factId: fx.factIds[0]!, itemId: fx.itemIds[1]! })).rejects.toMatchObject({ code: "INVALID_INPUT" });
});

test.each([0, 5, 2.5])("rating %p is INVALID_INPUT", async (rating) => {
  await expect(review({ rating })).rejects.toMatchObject({ code: "INVALID_INPUT" });
});

test("200 concurrent submissions of 50 ids (each 4 times) store exactly 50 logs, and each card equals a replay of its log", async () => {
  const facts = fx.factIds.slice(5, 8);
  const submissions = Array.from({ length: 50 }, (_, index) => ({ id: randomUUID(), factId: facts[index % facts.length]!, rating: ((index * 7) % 4) + 1 }));
  const sent = submissions.flatMap((submission) => [submission, submission, submission, submission]);
  const results = await Promise.all(sent.map((submission) => review({ ...submission, now: NOW })));
  expect(results.filter((result) => !result.replayed)).toHaveLength(50);
  expect(await testDb.db.reviewLog.count({ where: { factId: { in: facts } } })).toBe(50);
  for (const factId of facts) {
    const card = await testDb.db.cardState.findFirstOrThrow({ where: { factId, userId: fx.learner } });
    const logs = await testDb.db.reviewLog.findMany({ where: { cardId: card.id }, orderBy: { fromVersion: "asc" } });
    expect(logs.map((log) => log.fromVersion)).toEqual(logs.map((_, index) => index));
    expect(card.version).toBe(logs.length);
    let replayed = createEmptyCard(NOW);
    for (const log of logs) {
      expect(logFromRow(log).state).toBe(replayed.state);
      replayed = reviewCard(replayed, log.rating as Grade, log.reviewedAt, DEFAULT_SRS_SETTINGS, { fuzz: false }).card;
    }
    expect(cardFromRow(card)).toEqual(replayed);
  }
}, 60_000);

// Two clients on one SQLite file in one process would block each other's event loop in busy waits,
// so on SQLite the "second instance" is the same client with the in-process queue turned off.
test("two app instances rating one card at once never lose an update: the database serialises them", async () => {
  const second = testDb.provider === "postgresql" ? createPrisma(testDb.url) : testDb.db;
  try {
    const factId = fx.factIds[4]!;
    const submissions = Array.from({ length: 12 }, (_, index) => ({ id: randomUUID(), factId, rating: (index % 4) + 1 }));
    await Promise.all(
      submissions.flatMap((submission, index) => [
        submitReview(index % 2 ? second : testDb.db, { userId: fx.learner, source: "REVIEW", now: NOW, fuzz: false, queueInProcess: false, ...submission }),
        submitReview(index % 2 ? testDb.db : second, { userId: fx.learner, source: "REVIEW", now: NOW, fuzz: false, queueInProcess: false, ...submission }),
      ]),
    );
    const card = await testDb.db.cardState.findFirstOrThrow({ where: { factId, userId: fx.learner } });
    const logs = await testDb.db.reviewLog.count({ where: { cardId: card.id } });
    expect(logs).toBe(12);
    expect(card.version).toBe(12);
  } finally {
    if (second !== testDb.db) await second.$disconnect();
  }
}, 60_000);
