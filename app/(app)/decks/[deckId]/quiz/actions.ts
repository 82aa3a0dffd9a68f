"use server";

import { randomInt } from "node:crypto";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { z } from "zod";
import { requireSessionUser } from "@/lib/auth";
import { answerQuestion, overrideAnswer, startQuiz, type QuestionFeedback } from "@/lib/data/quiz";
import { db } from "@/lib/db";
import { toPublicError } from "@/lib/http/public-error";
import { quizAnswerRefSchema, quizAnswerSchema, quizStartSchema } from "@/lib/validations/quiz";

export type StartQuizState = { message?: string };
export type FeedbackResult = { ok: true; feedback: QuestionFeedback } | { ok: false; message: string };

const SEED_RANGE = 2 ** 31 - 1;

function failure(error: unknown): { ok: false; message: string } {
  return { ok: false, message: toPublicError(error, "Quiz action failed").message };
}

export async function startQuizAction(_prev: StartQuizState, formData: FormData): Promise<StartQuizState> {
  const user = await requireSessionUser();
  const parsed = quizStartSchema.safeParse({
    deckId: String(formData.get("deckId") ?? ""),
    length: String(formData.get("length") ?? ""),
    kinds: formData.getAll("kinds").slice(0, 10).map(String),
    assignmentId: formData.get("assignmentId") ? String(formData.get("assignmentId")) : undefined,
  });
  if (!parsed.success) return { message: Object.values(z.flattenError(parsed.error).fieldErrors).flat()[0] ?? "Check the quiz settings." };
  const { deckId, length, kinds, assignmentId } = parsed.data;
  let attemptId: string;
  try {
    ({ attemptId } = await startQuiz(db, {
      userId: user.id,
      deckId,
      length: length === "all" ? "all" : (Number(length) as 10 | 20),
      kinds,
      assignmentId,
      seed: randomInt(SEED_RANGE),
      now: new Date(),
    }));
  } catch (error) {
    return { message: failure(error).message };
  }
  redirect(`/decks/${deckId}/quiz?attempt=${attemptId}`);
}

export async function answerQuestionAction(input: unknown): Promise<FeedbackResult> {
  const user = await requireSessionUser();
  const parsed = quizAnswerSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: Object.values(z.flattenError(parsed.error).fieldErrors).flat()[0] ?? "This answer cannot be read." };
  try {
    // the fact's memory is updated after the feedback is on its way
    return { ok: true, feedback: await answerQuestion(db, { userId: user.id, ...parsed.data, now: new Date(), defer: (task) => after(task) }) };
  } catch (error) {
    return failure(error);
  }
}

export async function overrideAnswerAction(input: unknown): Promise<FeedbackResult> {
  const user = await requireSessionUser();
  const parsed = quizAnswerRefSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "This answer cannot be found." };
  try {
    return { ok: true, feedback: await overrideAnswer(db, { userId: user.id, ...parsed.data, now: new Date() }) };
  } catch (error) {
    return failure(error);
  }
}
