/** @jest-environment node */
import { randomUUID } from "node:crypto";
import { setCardSuspended } from "@/lib/data/card-suspension";
import { submitReview } from "@/lib/data/reviews";
import { getReviewSession } from "@/lib/data/reviews-queue";
import { getReviewStats } from "@/lib/data/reviews-stats";
import { createTestDb, type TestDb } from "../../../helpers/test-db";
import { seedReviewFixture, type ReviewFixture } from "./fixtures";

let testDb: TestDb;
let fx: ReviewFixture;
const NOW = new Date(Date.UTC(2026, 0, 10, 12, 0, 0));
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

beforeAll(async () => {
  testDb = await createTestDb();
  fx = await seedReviewFixture(testDb.db, 6);
});
afterAll(() => testDb.cleanup());

const rate = (factId: string, rating: number, now: Date) => submitReview(testDb.db, { userId: fx.learner, id: randomUUID(), factId, rating, source: "REVIEW", now, fuzz: false });

test("a deck's session starts with its new cards in order, each with a front, an answer and interval labels", async () => {
  const session = await getReviewSession(testDb.db, { userId: fx.learner, deckId: fx.deckId, now: NOW });
  expect(session.cards.map((card) => card.factId)).toEqual(fx.factIds);
  expect(session.counts).toEqual({ new: 6, learning: 0, review: 0 });
  expect(session.cards[0]).toMatchObject({ prompt: "Prompt 0 ____", answer: "answer 0", kind: "new", intervals: { 1: "1m", 2: "6m", 3: "10m" } });
});

test("rated cards come back as learning cards when due; suspended ones stay out", async () => {
  await rate(fx.factIds[0]!, 3, NOW);
  await setCardSuspended(testDb.db, { userId: fx.learner, factId: fx.factIds[1]!, suspended: true, now: NOW });
  const soon = await getReviewSession(testDb.db, { userId: fx.learner, deckId: fx.deckId, now: minutes(1) });
  expect(soon.cards.map((card) => card.factId)).toEqual([...fx.factIds.slice(2), fx.factIds[0]]);
  const later = await getReviewSession(testDb.db, { userId: fx.learner, deckId: fx.deckId, now: minutes(11) });
  expect(later.cards[0]).toMatchObject({ factId: fx.factIds[0], kind: "learning" });
  expect(later.counts).toEqual({ new: 4, learning: 1, review: 0 });
});

test("'everything due' covers the learner's decks and not a stranger's private one", async () => {
  const session = await getReviewSession(testDb.db, { userId: fx.learner, now: minutes(11) });
  expect(new Set(session.cards.map((card) => card.deckId))).toEqual(new Set([fx.deckId]));
  await expect(getReviewSession(testDb.db, { userId: fx.learner, deckId: fx.privateDeckId, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
});

test("stats count reviews per day, states, the streak and the forecast", async () => {
  const stats = await getReviewStats(testDb.db, { userId: fx.learner, now: minutes(20) });
  expect(stats.totalReviews).toBe(1);
  expect(stats.heatmap).toEqual([{ day: "2026-01-10", count: 1 }]);
  expect(stats.streak).toBe(1);
  expect(stats.cardsByState).toEqual(expect.arrayContaining([{ state: "Learning", count: 1 }, { state: "Suspended", count: 1 }]));
  expect(stats.forecast).toHaveLength(30);
  expect(stats.forecast[0]).toEqual({ day: "2026-01-10", count: 1 });
});
