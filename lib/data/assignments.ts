import "server-only";
import type { Db } from "@/lib/db/client";
import { readRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { AssignmentForm } from "@/lib/validations/assignments";
import { computeProgress, type StudentProgress } from "./analytics-status";
import { loadProgressInputs } from "./analytics-inputs";
import { requireTaughtClass } from "./classes";
import { getReadableDeck } from "./decks";

export type AssignmentRulesView = {
  id: string;
  classroomId: string;
  deckId: string;
  mode: string;
  opensAt: Date | null;
  dueAt: Date | null;
  questionCount: number | null;
  attemptsAllowed: number | null;
  passMark: number | null;
  spacedDays: number | null;
  createdAt: Date;
};

const RULES_SELECT = {
  id: true,
  classroomId: true,
  deckId: true,
  mode: true,
  opensAt: true,
  dueAt: true,
  questionCount: true,
  attemptsAllowed: true,
  passMark: true,
  spacedDays: true,
  createdAt: true,
} as const;

export type AssignmentForStudent = AssignmentRulesView & { attemptsUsed: number };

/**
 * The assignment if `userId` is enrolled in its (non-archived) class, with the attempts they have
 * used; NOT_FOUND otherwise. The quiz calls this before it stores QuizAttempt.assignmentId.
 */
export async function getAssignmentForStudent(db: Db, { userId, assignmentId }: { userId: string; assignmentId: string }): Promise<AssignmentForStudent> {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, classroom: { archivedAt: null, enrollments: { some: { userId } } } },
    select: RULES_SELECT,
  });
  if (!assignment) throw new AppError("NOT_FOUND", "This assignment does not exist or is not for you.");
  const attemptsUsed = await db.quizAttempt.count({ where: { assignmentId, userId } });
  return { ...assignment, attemptsUsed };
}

/**
 * Throws CONFLICT with a message for the student when a quiz attempt may not start now for this
 * assignment: wrong deck, flashcards only, not open yet, or no attempts left.
 */
export function checkAssignmentQuizStart(assignment: AssignmentForStudent, { deckId, now }: { deckId: string; now: Date }) {
  if (assignment.deckId !== deckId) throw new AppError("NOT_FOUND", "This assignment is for another deck.");
  if (assignment.mode === "FLASHCARDS") throw new AppError("CONFLICT", "This assignment is flashcards only; study them in review.");
  if (assignment.opensAt && now < assignment.opensAt) throw new AppError("CONFLICT", "This assignment is not open yet.");
  if (assignment.attemptsAllowed !== null && assignment.attemptsUsed >= assignment.attemptsAllowed) {
    throw new AppError("CONFLICT", `You have used all ${assignment.attemptsAllowed} attempts for this assignment.`);
  }
}

/**
 * Called right after an assignment attempt is created: the count checked before creating it can
 * be passed by two starts at once. Every racer sorts the attempts the same way, so exactly the
 * first `attemptsAllowed` survive; a later one is deleted and refused.
 */
export async function enforceAttemptLimit(
  db: Db,
  { userId, assignmentId, attemptId, attemptsAllowed }: { userId: string; assignmentId: string; attemptId: string; attemptsAllowed: number | null },
) {
  if (attemptsAllowed === null) return;
  const attempts = await db.quizAttempt.findMany({
    where: { assignmentId, userId },
    orderBy: [{ startedAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  if (attempts.findIndex((a) => a.id === attemptId) < attemptsAllowed) return;
  await db.quizAttempt.deleteMany({ where: { id: attemptId, userId } });
  throw new AppError("CONFLICT", `You have used all ${attemptsAllowed} attempts for this assignment.`);
}

export type StudentAssignment = Omit<AssignmentRulesView, "createdAt"> & { deckTitle: string; classroomName: string; progress: StudentProgress };

/** "My assignments": every assignment of the student's classes, with their own progress. */
export async function listAssignmentsForStudent(
  db: Db,
  { userId, classId, now = new Date() }: { userId: string; classId?: string; now?: Date },
): Promise<StudentAssignment[]> {
  // SQL, not the query builder: the home page runs this for every student (docs/performance.md).
  // Assignments without a due date sort last on both databases.
  const assignments = await readRows<(AssignmentRulesView & { deckTitle: string; classroomName: string })>(db, Prisma.sql`
    SELECT a."id", a."classroomId", a."deckId", a."mode", a."opensAt", a."dueAt", a."questionCount", a."attemptsAllowed",
      a."passMark", a."spacedDays", a."createdAt", dk."title" AS "deckTitle", c."name" AS "classroomName"
    FROM "Assignment" a JOIN "Classroom" c ON c."id" = a."classroomId" JOIN "Deck" dk ON dk."id" = a."deckId"
    WHERE c."archivedAt" IS NULL ${classId ? Prisma.sql`AND c."id" = ${classId}` : Prisma.empty}
      AND EXISTS (SELECT 1 FROM "Enrollment" e WHERE e."classroomId" = c."id" AND e."userId" = ${userId})
    ORDER BY CASE WHEN a."dueAt" IS NULL THEN 1 ELSE 0 END, a."dueAt" ASC, a."createdAt" DESC
    LIMIT 100`);
  const inputs = await loadProgressInputs(db, { assignments, userIds: [userId] });
  return assignments.map(({ createdAt: _createdAt, ...a }) => ({
    ...a,
    progress: computeProgress({ ...inputs.for(a.id, userId), now }),
  }));
}

export async function createAssignment(db: Db, { userId, classId, deckId, ...rules }: { userId: string } & AssignmentForm): Promise<{ id: string }> {
  await requireTaughtClass(db, { userId, classId });
  await getReadableDeck(db, { userId, deckId });
  if ((await db.assignment.count({ where: { classroomId: classId } })) >= 500) throw new AppError("CONFLICT", "This class has 500 assignments; delete old ones first.");
  return db.assignment.create({ data: { classroomId: classId, deckId, ...rules }, select: { id: true } });
}

/** The assignment if `userId` teaches its (non-archived) class; NOT_FOUND otherwise. */
export async function requireTaughtAssignment(db: Db, { userId, classId, assignmentId }: { userId: string; classId: string; assignmentId: string }) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, classroomId: classId, classroom: { teacherId: userId, archivedAt: null } },
    select: { ...RULES_SELECT, deck: { select: { title: true, ownerId: true } }, classroom: { select: { name: true } } },
  });
  if (!assignment) throw new AppError("NOT_FOUND", "This assignment does not exist or is not yours.");
  return assignment;
}

/** Dates and targets can change; the deck cannot (the results so far belong to it). */
export async function updateAssignment(
  db: Db,
  { userId, classId, assignmentId, deckId: _deckId, ...rules }: { userId: string; assignmentId: string } & AssignmentForm,
) {
  await requireTaughtAssignment(db, { userId, classId, assignmentId });
  await db.assignment.update({ where: { id: assignmentId }, data: rules });
}

export async function deleteAssignment(db: Db, { userId, classId, assignmentId }: { userId: string; classId: string; assignmentId: string }) {
  await requireTaughtAssignment(db, { userId, classId, assignmentId });
  await db.assignment.delete({ where: { id: assignmentId } });
}

export type ClassAssignment = AssignmentRulesView & { deckTitle: string; studentCount: number; doneCount: number; lateCount: number };

/** A class's assignments for its teacher, each with how many students are done or late. */
export async function listAssignmentsForClass(db: Db, { userId, classId, now = new Date() }: { userId: string; classId: string; now?: Date }): Promise<ClassAssignment[]> {
  await requireTaughtClass(db, { userId, classId });
  const [assignments, enrollments] = await Promise.all([
    db.assignment.findMany({ where: { classroomId: classId }, orderBy: [{ createdAt: "desc" }], take: 500, select: { ...RULES_SELECT, deck: { select: { title: true } } } }),
    db.enrollment.findMany({ where: { classroomId: classId }, select: { userId: true }, take: 500 }),
  ]);
  const userIds = enrollments.map((e) => e.userId);
  const inputs = await loadProgressInputs(db, { assignments, userIds });
  return assignments.map(({ deck, ...a }) => {
    const statuses = userIds.map((id) => computeProgress({ ...inputs.for(a.id, id), now }).status);
    return {
      ...a,
      deckTitle: deck.title,
      studentCount: userIds.length,
      doneCount: statuses.filter((s) => s === "DONE").length,
      lateCount: statuses.filter((s) => s === "LATE").length,
    };
  });
}
