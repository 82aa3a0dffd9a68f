import "server-only";
import { refundAttempt, reserveAttempt, type ThrottlePolicy } from "@/lib/auth/throttle";
import type { Db } from "@/lib/db/client";
import { readRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { ClassForm } from "@/lib/validations/classes";
import { generateJoinCode, joinCodeCandidates } from "./classes-join-code";

export type ClassSummary = {
  id: string;
  name: string;
  section: string | null;
  studentCount: number;
  assignmentCount: number;
  joinCode: string;
  joinCodeEnabled: boolean;
};

export type StudentClassSummary = { id: string; name: string; section: string | null; teacherName: string; assignmentCount: number };

export type RosterStudent = { id: string; name: string | null; email: string; joinedAt: Date };

export type ClassDetail = ClassSummary & { createdAt: Date; students: RosterStudent[] };

const MAX_CLASSES_PER_TEACHER = 200;
const MAX_STUDENTS_PER_CLASS = 500;

function isTeacherRole(role: string) {
  return role === "TEACHER" || role === "ADMIN";
}

async function roleOf(db: Db, userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true, disabledAt: true } });
  if (!user || user.disabledAt) throw new AppError("UNAUTHORIZED", "Unauthorized: sign in required.");
  return user.role;
}

/** The class if `userId` teaches it; NOT_FOUND otherwise, so other teachers learn nothing. */
export async function requireTaughtClass(db: Db, { userId, classId }: { userId: string; classId: string }) {
  const classroom = await db.classroom.findFirst({ where: { id: classId, teacherId: userId, archivedAt: null } });
  if (!classroom) throw new AppError("NOT_FOUND", "This class does not exist or is not yours.");
  return classroom;
}

async function uniqueJoinCode(db: Db): Promise<string> {
  for (let i = 0; i < 5; i += 1) {
    const code = generateJoinCode();
    if (!(await db.classroom.findUnique({ where: { joinCode: code }, select: { id: true } }))) return code;
  }
  throw new AppError("CONFLICT", "Could not find a free join code; try again.");
}

/** A teacher has at most MAX_CLASSES_PER_TEACHER active classes, made or restored. */
async function assertRoomForAnotherClass(db: Db, userId: string) {
  if ((await db.classroom.count({ where: { teacherId: userId, archivedAt: null } })) >= MAX_CLASSES_PER_TEACHER) {
    throw new AppError("CONFLICT", `You already have ${MAX_CLASSES_PER_TEACHER} classes; archive one first.`);
  }
}

export async function createClass(db: Db, { userId, name, section }: { userId: string } & ClassForm): Promise<{ id: string }> {
  if (!isTeacherRole(await roleOf(db, userId))) throw new AppError("FORBIDDEN", "Only teachers can create classes.");
  await assertRoomForAnotherClass(db, userId);
  return db.classroom.create({ data: { teacherId: userId, name, section, joinCode: await uniqueJoinCode(db) }, select: { id: true } });
}

export async function updateClass(db: Db, { userId, classId, name, section }: { userId: string; classId: string } & ClassForm) {
  await requireTaughtClass(db, { userId, classId });
  await db.classroom.update({ where: { id: classId }, data: { name, section } });
}

export async function listClassesForTeacher(db: Db, { userId }: { userId: string }): Promise<ClassSummary[]> {
  // SQL, not the query builder: a teacher's home page runs this on every visit (docs/performance.md).
  const classes = await readRows<(Omit<ClassSummary, "studentCount" | "assignmentCount"> & { studentCount: bigint | number; assignmentCount: bigint | number })>(db, Prisma.sql`
    SELECT c."id", c."name", c."section", c."joinCode", c."joinCodeEnabled",
      (SELECT COUNT(*) FROM "Enrollment" e WHERE e."classroomId" = c."id") AS "studentCount",
      (SELECT COUNT(*) FROM "Assignment" a WHERE a."classroomId" = c."id") AS "assignmentCount"
    FROM "Classroom" c
    WHERE c."teacherId" = ${userId} AND c."archivedAt" IS NULL
    ORDER BY c."createdAt" DESC
    LIMIT ${MAX_CLASSES_PER_TEACHER}`);
  return classes.map((c) => ({ ...c, studentCount: Number(c.studentCount), assignmentCount: Number(c.assignmentCount) }));
}

export async function listClassesForStudent(db: Db, { userId }: { userId: string }): Promise<StudentClassSummary[]> {
  const enrollments = await db.enrollment.findMany({
    where: { userId, classroom: { archivedAt: null } },
    orderBy: { joinedAt: "desc" },
    take: 200,
    select: {
      classroom: {
        select: { id: true, name: true, section: true, teacher: { select: { name: true, email: true } }, _count: { select: { assignments: true } } },
      },
    },
  });
  return enrollments.map(({ classroom: c }) => ({
    id: c.id,
    name: c.name,
    section: c.section,
    teacherName: c.teacher.name ?? c.teacher.email,
    assignmentCount: c._count.assignments,
  }));
}

export async function getClassForTeacher(db: Db, { userId, classId }: { userId: string; classId: string }): Promise<ClassDetail> {
  const classroom = await requireTaughtClass(db, { userId, classId });
  const enrollments = await db.enrollment.findMany({
    where: { classroomId: classId },
    orderBy: { joinedAt: "asc" },
    take: MAX_STUDENTS_PER_CLASS,
    select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  const assignmentCount = await db.assignment.count({ where: { classroomId: classId } });
  return {
    id: classroom.id,
    name: classroom.name,
    section: classroom.section,
    joinCode: classroom.joinCode,
    joinCodeEnabled: classroom.joinCodeEnabled,
    createdAt: classroom.createdAt,
    studentCount: enrollments.length,
    assignmentCount,
    students: enrollments.map((e) => ({ ...e.user, joinedAt: e.joinedAt })),
  };
}

/** A class as one of its students sees it; NOT_FOUND when they are not enrolled. */
export async function getClassForStudent(db: Db, { userId, classId }: { userId: string; classId: string }): Promise<StudentClassSummary> {
  const classes = await listClassesForStudent(db, { userId });
  const found = classes.find((c) => c.id === classId);
  if (!found) throw new AppError("NOT_FOUND", "This class does not exist or you are not in it.");
  return found;
}

export async function regenerateJoinCode(db: Db, { userId, classId }: { userId: string; classId: string }): Promise<string> {
  await requireTaughtClass(db, { userId, classId });
  const joinCode = await uniqueJoinCode(db);
  await db.classroom.update({ where: { id: classId }, data: { joinCode, joinCodeEnabled: true } });
  return joinCode;
}

export async function setJoinCodeEnabled(db: Db, { userId, classId, enabled }: { userId: string; classId: string; enabled: boolean }) {
  await requireTaughtClass(db, { userId, classId });
  await db.classroom.update({ where: { id: classId }, data: { joinCodeEnabled: enabled } });
}

export type JoinPreview = { id: string; name: string; section: string | null; teacherName: string; alreadyMember: boolean; isTeacher: boolean };

/** Wrong codes a user may try per window: guessing one of 25^8 codes stays hopeless. */
export const JOIN_GUESS_POLICY: ThrottlePolicy = { limit: 20, windowMs: 15 * 60 * 1000 };

async function findJoinableClass(db: Db, { userId, code }: { userId: string; code: string }) {
  const key = `join:${userId}`;
  const reservation = await reserveAttempt(db, key, JOIN_GUESS_POLICY, new Date());
  if (!reservation.allowed) throw new AppError("RATE_LIMITED", "Too many wrong join codes. Try again in 15 minutes.");
  const classroom = await findClassByCode(db, code);
  await refundAttempt(db, key);
  return classroom;
}

async function findClassByCode(db: Db, code: string) {
  const classroom = await db.classroom.findFirst({
    where: { joinCode: { in: joinCodeCandidates(code) }, archivedAt: null },
    select: { id: true, name: true, section: true, teacherId: true, joinCodeEnabled: true, teacher: { select: { name: true, email: true } } },
  });
  if (!classroom) throw new AppError("NOT_FOUND", "No class has this join code. Check it with your teacher.");
  if (!classroom.joinCodeEnabled) throw new AppError("CONFLICT", "This join code has been turned off. Ask your teacher for a new one.");
  return classroom;
}

/** What a join link shows before the student confirms. */
export async function previewJoin(db: Db, { userId, code }: { userId: string; code: string }): Promise<JoinPreview> {
  const classroom = await findJoinableClass(db, { userId, code });
  const member = await db.enrollment.findUnique({ where: { classroomId_userId: { classroomId: classroom.id, userId } }, select: { id: true } });
  return {
    id: classroom.id,
    name: classroom.name,
    section: classroom.section,
    teacherName: classroom.teacher.name ?? classroom.teacher.email,
    alreadyMember: member !== null,
    isTeacher: classroom.teacherId === userId,
  };
}

/** Joining twice is harmless: the second call finds the enrollment and returns the class. */
export async function joinClass(db: Db, { userId, code }: { userId: string; code: string }): Promise<{ classId: string; name: string }> {
  await roleOf(db, userId);
  const classroom = await findJoinableClass(db, { userId, code });
  if (classroom.teacherId === userId) throw new AppError("CONFLICT", "You teach this class; students join it with this code.");
  if ((await db.enrollment.count({ where: { classroomId: classroom.id } })) >= MAX_STUDENTS_PER_CLASS) {
    throw new AppError("CONFLICT", "This class is full.");
  }
  await db.enrollment.upsert({
    where: { classroomId_userId: { classroomId: classroom.id, userId } },
    create: { classroomId: classroom.id, userId },
    update: {},
  });
  return { classId: classroom.id, name: classroom.name };
}

export async function leaveClass(db: Db, { userId, classId }: { userId: string; classId: string }) {
  const { count } = await db.enrollment.deleteMany({ where: { classroomId: classId, userId } });
  if (count === 0) throw new AppError("NOT_FOUND", "You are not in this class.");
}

export async function removeStudent(db: Db, { userId, classId, studentId }: { userId: string; classId: string; studentId: string }) {
  await requireTaughtClass(db, { userId, classId });
  const { count } = await db.enrollment.deleteMany({ where: { classroomId: classId, userId: studentId } });
  if (count === 0) throw new AppError("NOT_FOUND", "This student is not in the class.");
}

/** Archiving hides the class from everyone and stops its decks being shared through it; the data stays. */
export async function archiveClass(db: Db, { userId, classId }: { userId: string; classId: string }) {
  await requireTaughtClass(db, { userId, classId });
  await db.classroom.update({ where: { id: classId }, data: { archivedAt: new Date() } });
}

export type ArchivedClassSummary = { id: string; name: string; section: string | null; archivedAt: Date };

/** A teacher's archived classes, most recently archived first, so one archived by mistake can be found. */
export async function listArchivedClassesForTeacher(db: Db, { userId }: { userId: string }): Promise<ArchivedClassSummary[]> {
  const classes = await db.classroom.findMany({
    where: { teacherId: userId, archivedAt: { not: null } },
    orderBy: { archivedAt: "desc" },
    take: MAX_CLASSES_PER_TEACHER,
    select: { id: true, name: true, section: true, archivedAt: true },
  });
  return classes.map((c) => ({ ...c, archivedAt: c.archivedAt! }));
}

/** Brings an archived class back as it was: roster, assignments, results and join code. */
export async function restoreClass(db: Db, { userId, classId }: { userId: string; classId: string }) {
  const archived = await db.classroom.findFirst({ where: { id: classId, teacherId: userId, archivedAt: { not: null } }, select: { id: true } });
  if (!archived) throw new AppError("NOT_FOUND", "This archived class does not exist or is not yours.");
  await assertRoomForAnotherClass(db, userId);
  await db.classroom.update({ where: { id: classId }, data: { archivedAt: null } });
}
