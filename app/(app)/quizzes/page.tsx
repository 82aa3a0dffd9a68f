import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { listQuizHistory } from "@/lib/data/quiz-results";
import { db } from "@/lib/db";
import { QuizzesPageClient } from "./page-client";

export const metadata: Metadata = { title: "Quizzes" };

export default async function QuizzesPage() {
  const user = await requireUser("/quizzes");
  return <QuizzesPageClient history={await listQuizHistory(db, { userId: user.id })} />;
}
