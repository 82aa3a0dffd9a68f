import "server-only";
import type { Db } from "@/lib/db/client";

export type QuizReviewOptions = { userId: string; answerId: string; factId: string; itemId: string; correct: boolean; timeMs: number; now: Date };

/** Feeds a graded quiz answer into the learner's memory of its fact (wired to review's submitReview). */
export async function recordQuizReview(_db: Db, _options: QuizReviewOptions): Promise<void> {}
