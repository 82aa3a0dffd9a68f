import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { findUnfinishedAttempt, getQuizOptions, getQuizPlayer } from "@/lib/data/quiz";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { idSchema } from "@/lib/validations/ids";
import { QuizPageClient } from "./page-client";

export const metadata: Metadata = { title: "Quiz" };

type QuizPageProps = { params: Promise<{ deckId: string }>; searchParams: Promise<{ attempt?: string | string[]; assignment?: string | string[] }> };

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && idSchema.safeParse(value).success ? value : undefined;
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
    const [options, unfinished] = await Promise.all([getQuizOptions(db, { userId: user.id, deckId }), findUnfinishedAttempt(db, { userId: user.id, deckId })]);
    return <QuizPageClient mode="start" options={options} unfinished={unfinished} assignmentId={single(query.assignment)} />;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
