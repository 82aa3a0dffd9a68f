"use server";

import { randomInt } from "node:crypto";
import { redirect } from "next/navigation";
import { requireSessionUser } from "@/lib/auth";
import { retryMissed } from "@/lib/data/quiz";
import { db } from "@/lib/db";
import { toPublicError } from "@/lib/http/public-error";
import { quizAttemptRefSchema } from "@/lib/validations/quiz";

export type RetryState = { message?: string };

export async function retryMissedAction(_prev: RetryState, formData: FormData): Promise<RetryState> {
  const user = await requireSessionUser();
  const parsed = quizAttemptRefSchema.safeParse({ attemptId: String(formData.get("attemptId") ?? "") });
  if (!parsed.success) return { message: "This quiz cannot be found." };
  let next: { attemptId: string; deckId: string };
  try {
    next = await retryMissed(db, { userId: user.id, attemptId: parsed.data.attemptId, seed: randomInt(2 ** 31 - 1), now: new Date() });
  } catch (error) {
    return { message: toPublicError(error, "Quiz retry failed").message };
  }
  redirect(`/decks/${next.deckId}/quiz?attempt=${next.attemptId}`);
}
