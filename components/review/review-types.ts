import type { ReviewCardView, ReviewSession } from "@/lib/data/reviews-queue";

export type { ReviewCardView, ReviewSession };
export type Rating = 1 | 2 | 3 | 4;

export const RATINGS: { rating: Rating; label: string; tone: string }[] = [
  { rating: 1, label: "Again", tone: "border-danger text-danger" },
  { rating: 2, label: "Hard", tone: "border-border" },
  { rating: 3, label: "Good", tone: "border-success text-success" },
  { rating: 4, label: "Easy", tone: "border-primary text-primary" },
];

/** Learning cards may be shown up to this long before they are due when nothing else is left (Anki's learn-ahead). */
export const LEARN_AHEAD_MS = 20 * 60_000;
