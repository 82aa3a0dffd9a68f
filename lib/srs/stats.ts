import { shiftDayKey } from "./day";

/** Consecutive study days with at least one review, ending today (or yesterday, when today has none yet). */
export function studyStreak(daysWithReviews: ReadonlySet<string>, todayKey: string): number {
  let day = daysWithReviews.has(todayKey) ? todayKey : shiftDayKey(todayKey, -1);
  let streak = 0;
  while (daysWithReviews.has(day)) {
    streak += 1;
    day = shiftDayKey(day, -1);
  }
  return streak;
}

/** Share of reviews of cards in the Review state that were recalled (rated above Again); null without any. */
export function trueRetention(reviews: readonly { rating: number; stateBefore: number }[]): { rate: number | null; count: number } {
  const mature = reviews.filter((review) => review.stateBefore === 2);
  if (mature.length === 0) return { rate: null, count: 0 };
  return { rate: mature.filter((review) => review.rating > 1).length / mature.length, count: mature.length };
}
