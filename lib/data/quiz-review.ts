import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { submitReview } from "./reviews";

export type QuizReviewOptions = { userId: string; answerId: string; factId: string; itemId: string; correct: boolean; timeMs: number; now: Date };

const AGAIN = 1;
const GOOD = 3;

/** A UUID (RFC 9562 version 8) derived from the quiz answer, so a retried call never counts twice. */
export function reviewIdForAnswer(answerId: string): string {
  const hex = createHash("sha256").update(`quiz-answer:${answerId}`).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Feeds a graded quiz answer into the learner's memory of its fact: right → Good, wrong → Again.
 * A failure here must not lose the answer, which is already stored and can be replayed.
 */
export async function recordQuizReview(db: Db, { userId, answerId, factId, itemId, correct, timeMs, now }: QuizReviewOptions): Promise<void> {
  try {
    await submitReview(db, { userId, id: reviewIdForAnswer(answerId), factId, itemId, rating: correct ? GOOD : AGAIN, durationMs: timeMs, source: "QUIZ", now });
  } catch (error) {
    console.error("Quiz answer not recorded as a review; the QuizAnswer row keeps it for replay", error);
  }
}
