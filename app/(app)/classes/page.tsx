import type { Metadata } from "next";
import { ComingSoon } from "@/components/coming-soon";
import { requireUser } from "@/lib/auth";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage() {
  await requireUser("/classes");
  return <ComingSoon title="Classes">Create classes with join codes, assign decks with due dates and follow each student's progress.</ComingSoon>;
}
