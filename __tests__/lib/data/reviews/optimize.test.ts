/** @jest-environment node */
import { createEmptyCard } from "ts-fsrs";
import { rowFromCard, logColumns } from "@/lib/data/card-state";
import { getSrsSettings, saveSrsWeights } from "@/lib/data/srs-settings";
import { MIN_REVIEWS_TO_OPTIMIZE, optimizeSrsWeights } from "@/lib/data/srs-settings-optimize";
import { DEFAULT_SRS_SETTINGS, reviewCard, retrievability, type Grade } from "@/lib/srs";
import { createTestDb, type TestDb } from "../../../helpers/test-db";
import { seedReviewFixture, type ReviewFixture } from "./fixtures";

let testDb: TestDb;
let fx: ReviewFixture;
const START = new Date(Date.UTC(2025, 0, 1, 9, 0, 0));

/** A deterministic learner: recalls when a seeded draw falls below the card's retrievability. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function seedSyntheticLog(userId: string, factIds: string[], reviewsPerCard: number) {
  const random = mulberry32(42);
  let logs = 0;
  for (const factId of factIds) {
    let card = createEmptyCard(START);
    const state = await testDb.db.cardState.create({ data: { userId, factId, ...rowFromCard(card) } });
    const rows = [];
    let now = START;
    for (let index = 0; index < reviewsPerCard; index++) {
      now = new Date(Math.max(now.getTime(), card.due.getTime()) + Math.floor(random() * 2) * 86_400_000);
      const recalled = random() < (index === 0 ? 0.7 : retrievability(card, now, DEFAULT_SRS_SETTINGS) * 0.95);
      const rating: Grade = recalled ? (random() < 0.2 ? 4 : random() < 0.2 ? 2 : 3) : 1;
      const outcome = reviewCard(card, rating, now, DEFAULT_SRS_SETTINGS, { fuzz: false });
      rows.push({ id: `${factId}-${index}`, userId, factId, cardId: state.id, fromVersion: index, source: "REVIEW", nextDue: outcome.card.due, ...logColumns(outcome.log) });
      card = outcome.card;
    }
    await testDb.db.reviewLog.createMany({ data: rows });
    logs += rows.length;
  }
  return logs;
}

beforeAll(async () => {
  testDb = await createTestDb();
  fx = await seedReviewFixture(testDb.db, 40);
});
afterAll(() => testDb.cleanup());

test("refuses to optimize before the learner has enough reviews", async () => {
  await expect(optimizeSrsWeights(testDb.db, { userId: fx.stranger, now: START })).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining(String(MIN_REVIEWS_TO_OPTIMIZE)) });
});

test("trains FSRS parameters on a synthetic log, reports progress, stores them, and resets to defaults", async () => {
  const logs = await seedSyntheticLog(fx.learner, fx.factIds, 12);
  expect(logs).toBeGreaterThanOrEqual(MIN_REVIEWS_TO_OPTIMIZE);
  const progress: number[] = [];
  const { weights, reviewCount } = await optimizeSrsWeights(testDb.db, { userId: fx.learner, now: START, onProgress: (done) => progress.push(done) });
  expect(reviewCount).toBe(logs);
  expect(weights.length).toBeGreaterThanOrEqual(19);
  expect(weights.every(Number.isFinite)).toBe(true);
  expect(progress[0]).toBe(0.1);
  expect(progress.at(-1)).toBe(1);
  expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  const stored = await getSrsSettings(testDb.db, { userId: fx.learner });
  expect(stored.weights).toEqual(weights);
  expect(stored.weightsReviewCount).toBe(logs);

  await saveSrsWeights(testDb.db, { userId: fx.learner, weights: null, reviewCount: null, now: START });
  expect((await getSrsSettings(testDb.db, { userId: fx.learner })).weights).toBeNull();
}, 120_000);
