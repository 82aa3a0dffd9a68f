import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { cardFromRow, isTransientWriteError, isUniqueViolation } from "./card-state";
import { assertFactReadable, defaultFuzz, newCardRow, ratingWrites, type SubmitReviewOptions, type SubmitReviewResult } from "./reviews";
import { getSrsSettings } from "./srs-settings";

export type BatchReview = Omit<SubmitReviewOptions, "userId" | "now" | "fuzz" | "source" | "queueInProcess">;

const samePayload = (a: BatchReview, b: BatchReview) =>
  a.factId === b.factId && a.rating === b.rating && (a.itemId ?? null) === (b.itemId ?? null) && (a.durationMs ?? 0) === (b.durationMs ?? 0);

/**
 * Stores a queue of ratings flushed by a client that was offline: all of them or none (one
 * batch transaction). Ratings already stored under their id are answered, not repeated.
 */
export async function submitReviewBatch(db: Db, { userId, reviews, now, fuzz = defaultFuzz() }: { userId: string; reviews: BatchReview[]; now: Date; fuzz?: boolean }): Promise<SubmitReviewResult[]> {
  const byId = new Map<string, BatchReview>();
  for (const review of reviews) {
    const seen = byId.get(review.id);
    if (seen && !samePayload(seen, review)) throw new AppError("INVALID_INPUT", `Review ${review.id} appears twice with different contents.`);
    byId.set(review.id, review);
  }
  const unique = [...byId.values()];
  for (const factId of new Set(unique.map((review) => review.factId))) {
    const itemIds = new Set(unique.filter((review) => review.factId === factId && review.itemId).map((review) => review.itemId));
    await assertFactReadable(db, { userId, factId });
    for (const itemId of itemIds) await assertFactReadable(db, { userId, factId, itemId });
  }
  const settings = await getSrsSettings(db, { userId });

  for (let attempt = 1; attempt <= 10; attempt++) {
    const stored = new Map(
      (await db.reviewLog.findMany({ where: { id: { in: unique.map((review) => review.id) } }, select: { id: true, userId: true, factId: true, rating: true, itemId: true, durationMs: true, source: true, nextDue: true, reviewedAt: true } })).map((log) => [log.id, log]),
    );
    const results = new Map<string, SubmitReviewResult>();
    for (const [id, log] of stored) {
      const review = byId.get(id)!;
      if (log.userId !== userId || log.source !== "REVIEW" || !samePayload(review, { ...log, id })) {
        throw new AppError("INVALID_INPUT", `Review ${id} was already stored with different contents. Send a new id.`);
      }
      results.set(id, { id, factId: log.factId, due: log.nextDue ?? log.reviewedAt, interval: "", leech: false, replayed: true });
    }

    const fresh = unique.filter((review) => !stored.has(review.id));
    const factIds = [...new Set(fresh.map((review) => review.factId))];
    const rows = await db.cardState.findMany({ where: { userId, factId: { in: factIds } } });
    const cards = new Map(rows.map((row) => [row.factId, { row, card: cardFromRow(row), isNew: false }]));
    for (const factId of factIds) {
      if (cards.has(factId)) continue;
      const row = newCardRow({ userId, factId, now });
      // Its first rating inserts it already rated (ratingWrites), as a single rating does.
      cards.set(factId, { row, card: cardFromRow(row), isNew: true });
    }
    const writes = [];
    for (const review of fresh) {
      const entry = cards.get(review.factId)!;
      const { writes: pair, result, next } = ratingWrites(db, { review: { ...review, userId, source: "REVIEW", now }, row: entry.row, card: entry.card, settings, fuzz, isNew: entry.isNew });
      writes.push(...pair);
      results.set(review.id, result);
      cards.set(review.factId, { row: { ...entry.row, version: entry.row.version + 1, suspended: entry.row.suspended || result.leech }, card: next, isNew: false });
    }
    try {
      if (writes.length > 0) await db.$transaction(writes);
      return reviews.map((review) => results.get(review.id)!);
    } catch (error) {
      if (!isUniqueViolation(error) && !isTransientWriteError(error)) throw error;
    }
  }
  throw new AppError("CONFLICT", "These cards are being reviewed elsewhere right now. Try again.");
}
