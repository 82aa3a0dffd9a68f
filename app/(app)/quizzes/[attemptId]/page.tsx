import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { getAttemptResults } from "@/lib/data/quiz-results";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { idSchema } from "@/lib/validations/ids";
import { AttemptResultsPageClient } from "./page-client";

export const metadata: Metadata = { title: "Quiz results" };

export default async function AttemptResultsPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requireUser(`/quizzes/${encodeURIComponent(attemptId)}`);
  if (!idSchema.safeParse(attemptId).success) notFound();
  try {
    return <AttemptResultsPageClient results={await getAttemptResults(db, { userId: user.id, attemptId })} />;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
