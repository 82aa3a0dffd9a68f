import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { studyDayKey, trainingItems } from "@/lib/srs";
import { getSrsSettings, saveSrsWeights } from "./srs-settings";

export const MIN_REVIEWS_TO_OPTIMIZE = 400;
const MAX_LOGS = 200_000;

export async function countOptimizableReviews(db: Db, { userId }: { userId: string }): Promise<number> {
  return db.reviewLog.count({ where: { userId, undoneAt: null, source: { in: ["REVIEW", "QUIZ"] } } });
}

/**
 * Trains FSRS parameters on the learner's own review log (@open-spaced-repetition/binding)
 * and stores them; later ratings are scheduled with them. Needs MIN_REVIEWS_TO_OPTIMIZE reviews.
 */
export async function optimizeSrsWeights(
  db: Db,
  { userId, now, onProgress }: { userId: string; now: Date; onProgress?: (fraction: number) => void },
): Promise<{ weights: number[]; reviewCount: number }> {
  const reviewCount = await countOptimizableReviews(db, { userId });
  if (reviewCount < MIN_REVIEWS_TO_OPTIMIZE) {
    throw new AppError("INVALID_INPUT", `Optimizing needs at least ${MIN_REVIEWS_TO_OPTIMIZE} reviews; you have ${reviewCount}.`);
  }
  const settings = await getSrsSettings(db, { userId });
  const logs = await db.reviewLog.findMany({
    where: { userId, undoneAt: null, source: { in: ["REVIEW", "QUIZ"] } },
    orderBy: [{ cardId: "asc" }, { reviewedAt: "asc" }],
    take: MAX_LOGS,
    select: { cardId: true, rating: true, reviewedAt: true },
  });
  const dayNumbers = new Map<string, number>();
  const dayIndex = (log: { reviewedAt: Date }) => {
    const key = studyDayKey(log.reviewedAt, settings.timeZone, settings.dayStartHour);
    let index = dayNumbers.get(key);
    if (index === undefined) {
      index = Math.round(Date.parse(`${key}T00:00:00Z`) / 86_400_000);
      dayNumbers.set(key, index);
    }
    return index;
  };
  const histories = trainingItems(logs, dayIndex);
  if (histories.length === 0) throw new AppError("INVALID_INPUT", "Optimizing needs reviews spread over several days.");
  onProgress?.(0.1);
  const { computeParameters, FSRSBindingItem, FSRSBindingReview } = await import("@open-spaced-repetition/binding");
  const items = histories.map((history) => new FSRSBindingItem(history.map((review) => new FSRSBindingReview(review.rating, review.deltaT))));
  const weights = await computeParameters(items, {
    enableShortTerm: true,
    numRelearningSteps: settings.relearningSteps.length,
    timeout: 50,
    progress: (done, total) => {
      if (total > 0) onProgress?.(0.1 + 0.85 * (done / total));
    },
  });
  if (weights.length < 19 || !weights.every((weight) => Number.isFinite(weight))) {
    throw new AppError("CONFLICT", "The optimizer could not fit parameters to your reviews. Your schedule is unchanged.");
  }
  await saveSrsWeights(db, { userId, weights, reviewCount, now });
  onProgress?.(1);
  return { weights, reviewCount };
}
