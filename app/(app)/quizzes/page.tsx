import type { Metadata } from "next";
import { ComingSoon } from "@/components/coming-soon";
import { requireUser } from "@/lib/auth";

export const metadata: Metadata = { title: "Quizzes" };

export default async function QuizzesPage() {
  await requireUser("/quizzes");
  return <ComingSoon title="Quizzes">Take quizzes generated from your decks, with feedback that quotes the source sentence.</ComingSoon>;
}
