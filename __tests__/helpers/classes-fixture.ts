import type { Db } from "@/lib/db/client";

export type ClassesFixture = {
  teacher: string;
  otherTeacher: string;
  student: string;
  otherStudent: string;
  classId: string;
  otherClassId: string;
  deckId: string;
  factIds: string[];
  itemIds: string[];
  assignmentId: string;
  joinCode: string;
};

/**
 * Two teachers with one class each and one student each; a three-fact deck of the teacher's
 * (fact 0: one mcq item; facts 1 and 2: one cloze each) assigned to the first class.
 */
export async function createClassesFixture(db: Db, { now = new Date("2026-11-30T12:00:00Z") }: { now?: Date } = {}): Promise<ClassesFixture> {
  const user = (email: string, role: string) =>
    db.user.create({ data: { email, name: email.split("@")[0], role, sessionsValidAfter: new Date(0) }, select: { id: true } });
  const [teacher, otherTeacher, student, otherStudent] = await Promise.all([
    user("teacher@example.com", "TEACHER"),
    user("other-teacher@example.com", "TEACHER"),
    user("student@example.com", "STUDENT"),
    user("other-student@example.com", "STUDENT"),
  ]);
  const deck = await db.deck.create({ data: { ownerId: teacher!.id, title: "Rivers of Europe" }, select: { id: true } });
  const factIds: string[] = [];
  const itemIds: string[] = [];
  for (const [position, statement] of ["The Danube flows through Budapest.", "The Rhine rises in Switzerland.", "The Loire is in France."].entries()) {
    const fact = await db.fact.create({
      data: { deckId: deck.id, position, statement, sourceSentence: statement, spanStart: 0, spanEnd: statement.length },
    });
    factIds.push(fact.id);
    const mcq = position === 0;
    const item = await db.item.create({
      data: {
        deckId: deck.id,
        factId: fact.id,
        position,
        kind: mcq ? "mcq" : "cloze",
        prompt: mcq ? "Which river flows through Budapest?" : statement.replace(/The (\w+)/, "The ____"),
        answer: mcq ? "Danube" : (statement.split(" ")[1] ?? ""),
        payload: mcq ? JSON.stringify({ options: ["Danube", "Rhine", "Elbe", "Volga"] }) : "{}",
        rule: "test",
        status: "ACCEPTED",
      },
    });
    itemIds.push(item.id);
  }
  const classroom = await db.classroom.create({ data: { teacherId: teacher!.id, name: "Geography 7B", joinCode: "ACDEFGHJ" } });
  const otherClass = await db.classroom.create({ data: { teacherId: otherTeacher!.id, name: "History 8A", joinCode: "KMNPQRTU" } });
  await db.enrollment.create({ data: { classroomId: classroom.id, userId: student!.id } });
  await db.enrollment.create({ data: { classroomId: otherClass.id, userId: otherStudent!.id } });
  const assignment = await db.assignment.create({
    data: { classroomId: classroom.id, deckId: deck.id, mode: "QUIZ", passMark: 60, createdAt: new Date(now.getTime() - 86_400_000), dueAt: new Date(now.getTime() + 86_400_000) },
  });
  return {
    teacher: teacher!.id,
    otherTeacher: otherTeacher!.id,
    student: student!.id,
    otherStudent: otherStudent!.id,
    classId: classroom.id,
    otherClassId: otherClass.id,
    deckId: deck.id,
    factIds,
    itemIds,
    assignmentId: assignment.id,
    joinCode: classroom.joinCode,
  };
}

/** Everything the classes feature can change, in a stable order: equal snapshots mean nothing changed. */
export async function classesSnapshot(db: Db): Promise<string> {
  const [classrooms, enrollments, assignments, attempts] = await Promise.all([
    db.classroom.findMany({ orderBy: { id: "asc" } }),
    db.enrollment.findMany({ orderBy: { id: "asc" } }),
    db.assignment.findMany({ orderBy: { id: "asc" } }),
    db.quizAttempt.findMany({ orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ classrooms, enrollments, assignments, attempts });
}

export async function clearDb(db: Db) {
  await db.authThrottle.deleteMany();
  await db.quizAnswer.deleteMany();
  await db.quizAttempt.deleteMany();
  await db.reviewLog.deleteMany();
  await db.cardState.deleteMany();
  await db.assignment.deleteMany();
  await db.enrollment.deleteMany();
  await db.classroom.deleteMany();
  await db.item.deleteMany();
  await db.fact.deleteMany();
  await db.deck.deleteMany();
  await db.user.deleteMany();
}
