import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { checkAssignmentQuizStart, getAssignmentForStudent } from "@/lib/data/assignments";
import { findUnfinishedAttempt, getQuizOptions, getQuizPlayer } from "@/lib/data/quiz";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { idSchema } from "@/lib/validations/ids";
import type { AssignmentQuizTerms } from "@/components/quiz/quiz-start-form";
import { QuizPageClient } from "./page-client";

export const metadata: Metadata = { title: "Quiz" };

type QuizPageProps = { params: Promise<{ deckId: string }>; searchParams: Promise<{ attempt?: string | string[]; assignment?: string | string[] }> };

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && idSchema.safeParse(value).success ? value : undefined;
}

/** What the teacher set for this assignment's quiz, and why it cannot start now if it cannot. */
async function assignmentTerms(userId: string, assignmentId: string, deckId: string): Promise<AssignmentQuizTerms> {
  const assignment = await getAssignmentForStudent(db, { userId, assignmentId });
  let blocked: string | undefined;
  try {
    checkAssignmentQuizStart(assignment, { deckId, now: new Date() });
  } catch (error) {
    if (!isAppError(error) || error.code !== "CONFLICT") throw error;
    blocked = error.message;
  }
  const { questionCount, passMark, attemptsAllowed, attemptsUsed } = assignment;
  return { id: assignmentId, questionCount, passMark, attemptsAllowed, attemptsUsed, blocked };
}

export default async function QuizPage({ params, searchParams }: QuizPageProps) {
  const { deckId } = await params;
  const query = await searchParams;
  const user = await requireUser(`/decks/${encodeURIComponent(deckId)}/quiz`);
  if (!idSchema.safeParse(deckId).success) notFound();
  const attemptId = single(query.attempt);
  try {
    if (attemptId) {
      const player = await getQuizPlayer(db, { userId: user.id, attemptId });
      if (player.deckId !== deckId) notFound();
      if (player.finishedAt) redirect(`/quizzes/${attemptId}`);
      return <QuizPageClient mode="play" player={player} />;
    }
    const assignmentId = single(query.assignment);
    const [options, unfinished, assignment] = await Promise.all([
      getQuizOptions(db, { userId: user.id, deckId }),
      findUnfinishedAttempt(db, { userId: user.id, deckId }),
      assignmentId ? assignmentTerms(user.id, assignmentId, deckId) : undefined,
    ]);
    return <QuizPageClient mode="start" options={options} unfinished={unfinished} assignment={assignment} />;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
