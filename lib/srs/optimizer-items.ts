export type TrainingReview = { rating: number; deltaT: number };

/**
 * The optimizer's training set from a review log: per card, every review after the first with
 * the card's history up to it; `deltaT` is whole study days since the card's previous review.
 * Items without any gap of a day or more are left out (the optimizer cannot use them).
 * `logs` must be ordered by card, then by time; `dayIndex` maps a review to its study-day number.
 */
export function trainingItems<T extends { cardId: string; rating: number }>(logs: readonly T[], dayIndex: (log: T) => number): TrainingReview[][] {
  const items: TrainingReview[][] = [];
  let history: TrainingReview[] = [];
  let previousDay = 0;
  let card: string | null = null;
  for (const log of logs) {
    if (log.rating < 1 || log.rating > 4) continue;
    const day = dayIndex(log);
    if (log.cardId !== card) {
      card = log.cardId;
      history = [];
      previousDay = day;
    }
    history = [...history, { rating: log.rating, deltaT: history.length === 0 ? 0 : Math.max(0, day - previousDay) }];
    previousDay = day;
    // fsrs-rs aborts the process on an item without any review a day or more after the previous one.
    if (history.length > 1 && history.some((review) => review.deltaT > 0)) items.push(history);
  }
  return items;
}
