import "server-only";
import type { Card, ReviewLog } from "@/lib/srs";
import type { CardState as CardStateRow, ReviewLog as ReviewLogRow } from "@/lib/generated/prisma/client";

/** The FSRS fields of a CardState row as a ts-fsrs card. */
export function cardFromRow(row: Pick<CardStateRow, "due" | "stability" | "difficulty" | "elapsedDays" | "scheduledDays" | "learningSteps" | "reps" | "lapses" | "state" | "lastReview">): Card {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    last_review: row.lastReview ?? undefined,
  };
}

export function rowFromCard(card: Card) {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

/** ts-fsrs's review log as ReviewLog columns (the state before the review, for rollback). */
export function logColumns(log: ReviewLog) {
  return {
    rating: log.rating,
    state: log.state,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    reviewedAt: log.review,
  };
}

export function logFromRow(row: Pick<ReviewLogRow, "rating" | "state" | "due" | "stability" | "difficulty" | "elapsedDays" | "lastElapsedDays" | "scheduledDays" | "learningSteps" | "reviewedAt">): ReviewLog {
  return {
    rating: row.rating,
    state: row.state,
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    last_elapsed_days: row.lastElapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    review: row.reviewedAt,
  };
}

/** True for a unique-constraint violation, however the driver adapter reports it. */
export function isUniqueViolation(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return code === "P2002" || code === "23505" || /unique constraint/i.test(message ?? "");
}

/** Lock waits and serialisation failures: safe to retry because nothing was written. */
export function isTransientWriteError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return code === "P1008" || code === "P2028" || code === "P2034" || code === "40001" || /SQLITE_BUSY|database is locked/i.test(message ?? "");
}
