import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { listAssignmentsForClass, listAssignmentsForStudent } from "@/lib/data/assignments";
import { getClassForStudent, getClassForTeacher } from "@/lib/data/classes";
import { orNotFound } from "@/lib/data/classes-not-found";
import { listDecksForUser } from "@/lib/data/decks";
import { db } from "@/lib/db";
import { classParamsSchema } from "@/lib/validations/classes";
import { ClassStudentPageClient, ClassTeacherPageClient } from "./page-client";

export const metadata: Metadata = { title: "Class" };

type ClassPageProps = { params: Promise<{ classId: string }> };

export default async function ClassPage({ params }: ClassPageProps) {
  const parsed = classParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { classId } = parsed.data;
  const user = await requireUser(`/classes/${classId}`);
  const now = new Date();

  const taught = await orNotFound(getClassForTeacher(db, { userId: user.id, classId }));
  if (taught) {
    const [assignments, decks] = await Promise.all([listAssignmentsForClass(db, { userId: user.id, classId, now }), listDecksForUser(db, { userId: user.id })]);
    return <ClassTeacherPageClient classroom={taught} assignments={assignments} decks={decks.map((d) => ({ id: d.id, title: d.title, itemCount: d.itemCount }))} />;
  }

  const joined = await orNotFound(getClassForStudent(db, { userId: user.id, classId }));
  if (!joined) notFound();
  const assignments = await listAssignmentsForStudent(db, { userId: user.id, classId, now });
  return <ClassStudentPageClient classroom={joined} assignments={assignments} now={now} />;
}
