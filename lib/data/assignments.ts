import "server-only";
import type { Db } from "@/lib/db/client";

export type StudentAssignment = {
  id: string;
  deckId: string;
  deckTitle: string;
  classroomName: string;
  mode: string;
  dueAt: Date | null;
};

export async function listAssignmentsForStudent(db: Db, { userId }: { userId: string }): Promise<StudentAssignment[]> {
  const assignments = await db.assignment.findMany({
    where: { classroom: { archivedAt: null, enrollments: { some: { userId } } } },
    orderBy: [{ dueAt: "asc" }, { createdAt: "desc" }],
    take: 100,
    select: {
      id: true,
      mode: true,
      dueAt: true,
      deck: { select: { id: true, title: true } },
      classroom: { select: { name: true } },
    },
  });
  return assignments.map((a) => ({
    id: a.id,
    deckId: a.deck.id,
    deckTitle: a.deck.title,
    classroomName: a.classroom.name,
    mode: a.mode,
    dueAt: a.dueAt,
  }));
}
