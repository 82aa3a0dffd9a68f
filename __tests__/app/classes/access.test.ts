/** @jest-environment node */
import { getServerSession } from "next-auth";
import type { Db } from "@/lib/db/client";
import { classesSnapshot, clearDb, createClassesFixture, type ClassesFixture } from "../../helpers/classes-fixture";
import { createTestDb, type TestDb } from "../../helpers/test-db";

// The real "use server" actions and route handlers run; only the session (next-auth's
// getServerSession), the database handle and Next's navigation/cache hooks are replaced.
jest.mock("next-auth", () => ({ getServerSession: jest.fn() }));
jest.mock("@/lib/db", () => ({
  get db() {
    return (globalThis as unknown as { classesTestDb: Db }).classesTestDb;
  },
}));
jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error(`NEXT_REDIRECT ${url}`), { redirectTo: url });
  },
}));

import * as classActions from "@/app/(app)/classes/actions";
import { joinClassAction } from "@/app/join/actions";
import { GET as gradesCsv } from "@/app/api/classes/[classId]/assignments/[assignmentId]/grades/route";
import { GET as itemAnalysisCsv } from "@/app/api/classes/[classId]/assignments/[assignmentId]/item-analysis/route";
import { getAssignmentProgress, getItemAnalysis, getStudentAnswers } from "@/lib/data/analytics";
import { getAssignmentForStudent, listAssignmentsForClass } from "@/lib/data/assignments";
import { getClassForStudent, getClassForTeacher, listArchivedClassesForTeacher, listClassesForTeacher } from "@/lib/data/classes";

type Actor = "anonymous" | "student" | "otherStudent" | "teacher" | "otherTeacher";
const ACTORS: Actor[] = ["anonymous", "student", "otherStudent", "teacher", "otherTeacher"];

let testDb: TestDb;
let f: ClassesFixture;

beforeAll(async () => {
  testDb = await createTestDb();
  (globalThis as unknown as { classesTestDb: Db }).classesTestDb = testDb.db;
});
afterAll(() => testDb.cleanup());
beforeEach(async () => {
  await clearDb(testDb.db);
  f = await createClassesFixture(testDb.db);
});

function signInAs(actor: Actor) {
  const id = actor === "anonymous" ? null : f[actor];
  jest.mocked(getServerSession).mockResolvedValue(id ? { user: { id, name: actor, email: `${actor}@example.com`, role: actor.includes("eacher") ? "TEACHER" : "STUDENT" }, expires: "" } : null);
}

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

/** Runs an action; a redirect thrown by a successful action counts as success. */
async function outcome(call: () => Promise<{ ok?: boolean } | Response>): Promise<boolean> {
  try {
    const result = await call();
    if (result instanceof Response) return result.status === 200;
    return result.ok === true;
  } catch (error) {
    if (error instanceof Error && "redirectTo" in error) return true;
    throw error;
  }
}

type Case = { name: string; allowed: Actor[]; setup?: () => Promise<unknown>; call: () => Promise<{ ok?: boolean } | Response> };

const params = () => ({ params: Promise.resolve({ classId: f.classId, assignmentId: f.assignmentId }) });
const cases: Case[] = [
  { name: "createClassAction", allowed: ["teacher", "otherTeacher"], call: () => classActions.createClassAction({}, form({ name: "New class", section: "" })) },
  { name: "updateClassAction", allowed: ["teacher"], call: () => classActions.updateClassAction({}, form({ classId: f.classId, name: "Renamed", section: "Term 2" })) },
  { name: "regenerateJoinCodeAction", allowed: ["teacher"], call: () => classActions.regenerateJoinCodeAction(f.classId) },
  { name: "setJoinCodeEnabledAction", allowed: ["teacher"], call: () => classActions.setJoinCodeEnabledAction(f.classId, false) },
  { name: "removeStudentAction", allowed: ["teacher"], call: () => classActions.removeStudentAction(f.classId, f.student) },
  { name: "leaveClassAction", allowed: ["student"], call: () => classActions.leaveClassAction(f.classId) },
  { name: "archiveClassAction", allowed: ["teacher"], call: () => classActions.archiveClassAction(f.classId) },
  {
    name: "restoreClassAction",
    allowed: ["teacher"],
    setup: () => testDb.db.classroom.update({ where: { id: f.classId }, data: { archivedAt: new Date() } }),
    call: () => classActions.restoreClassAction(f.classId),
  },
  {
    name: "createAssignmentAction",
    allowed: ["teacher"],
    call: () =>
      classActions.createAssignmentAction(
        {},
        form({ classId: f.classId, deckId: f.deckId, mode: "BOTH", timeZone: "Europe/Budapest", opensAt: "", dueAt: "2030-01-01T09:00", questionCount: "", attemptsAllowed: "2", passMark: "70", spacedDays: "2" }),
      ),
  },
  {
    name: "updateAssignmentAction",
    allowed: ["teacher"],
    call: () =>
      classActions.updateAssignmentAction(
        {},
        form({ assignmentId: f.assignmentId, classId: f.classId, deckId: f.deckId, mode: "QUIZ", timeZone: "UTC", opensAt: "", dueAt: "2031-01-01T09:00", questionCount: "5", attemptsAllowed: "", passMark: "50", spacedDays: "" }),
      ),
  },
  { name: "deleteAssignmentAction", allowed: ["teacher"], call: () => classActions.deleteAssignmentAction(f.classId, f.assignmentId) },
  // A student of the class joining again is accepted and changes nothing; the class's own teacher may not join it.
  { name: "joinClassAction", allowed: ["student", "otherStudent", "otherTeacher"], call: () => joinClassAction({}, form({ code: f.joinCode })) },
  { name: "GET grades CSV", allowed: ["teacher"], call: () => gradesCsv(new Request("http://test/"), params()) },
  { name: "GET item analysis CSV", allowed: ["teacher"], call: () => itemAnalysisCsv(new Request("http://test/"), params()) },
];

test("every server action and route handler of the feature is in the table", () => {
  const exported = Object.keys(classActions).filter((name) => name.endsWith("Action"));
  expect(cases.map((c) => c.name).filter((name) => name.endsWith("Action")).sort()).toEqual([...exported, "joinClassAction"].sort());
});

describe.each(cases)("$name", ({ allowed, setup, call }) => {
  test.each(ACTORS)("as %s", async (actor) => {
    signInAs(actor);
    await setup?.();
    const before = await classesSnapshot(testDb.db);
    const ok = await outcome(call);
    expect(ok).toBe(allowed.includes(actor));
    if (!ok) expect(await classesSnapshot(testDb.db)).toBe(before);
  });
});

test("a denied route handler answers 401 signed out and 404 (not 403) to other users, as JSON", async () => {
  signInAs("anonymous");
  expect((await gradesCsv(new Request("http://test/"), params())).status).toBe(401);
  for (const actor of ["student", "otherStudent", "otherTeacher"] as const) {
    signInAs(actor);
    const response = await itemAnalysisCsv(new Request("http://test/"), params());
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  }
});

const reads: { name: string; allowed: Actor[]; call: (db: Db, userId: string) => Promise<unknown> }[] = [
  { name: "getClassForTeacher (roster)", allowed: ["teacher"], call: (db, userId) => getClassForTeacher(db, { userId, classId: f.classId }) },
  { name: "listAssignmentsForClass", allowed: ["teacher"], call: (db, userId) => listAssignmentsForClass(db, { userId, classId: f.classId }) },
  { name: "getAssignmentProgress", allowed: ["teacher"], call: (db, userId) => getAssignmentProgress(db, { userId, classId: f.classId, assignmentId: f.assignmentId }) },
  { name: "getItemAnalysis", allowed: ["teacher"], call: (db, userId) => getItemAnalysis(db, { userId, classId: f.classId, assignmentId: f.assignmentId }) },
  {
    name: "getStudentAnswers",
    allowed: ["teacher"],
    call: (db, userId) => getStudentAnswers(db, { userId, classId: f.classId, assignmentId: f.assignmentId, studentId: f.student }),
  },
  { name: "getClassForStudent", allowed: ["student"], call: (db, userId) => getClassForStudent(db, { userId, classId: f.classId }) },
  { name: "getAssignmentForStudent", allowed: ["student"], call: (db, userId) => getAssignmentForStudent(db, { userId, assignmentId: f.assignmentId }) },
];

describe.each(reads)("page data: $name", ({ allowed, call }) => {
  test.each(ACTORS.filter((a) => a !== "anonymous"))("as %s", async (actor) => {
    const result = call(testDb.db, f[actor as Exclude<Actor, "anonymous">]);
    if (allowed.includes(actor)) await expect(result).resolves.toBeTruthy();
    else await expect(result).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("archived classes", () => {
  const archive = () => testDb.db.classroom.update({ where: { id: f.classId }, data: { archivedAt: new Date() } });

  test("a teacher finds an archived class and restores it with its roster, assignments and join code", async () => {
    await archive();
    expect(await listClassesForTeacher(testDb.db, { userId: f.teacher })).toEqual([]);
    expect(await listArchivedClassesForTeacher(testDb.db, { userId: f.teacher })).toEqual([{ id: f.classId, name: "Geography 7B", section: null, archivedAt: expect.any(Date) }]);
    expect(await listArchivedClassesForTeacher(testDb.db, { userId: f.otherTeacher })).toEqual([]);
    signInAs("teacher");
    await expect(classActions.restoreClassAction(f.classId)).rejects.toMatchObject({ redirectTo: `/classes/${f.classId}` });
    expect(await listClassesForTeacher(testDb.db, { userId: f.teacher })).toEqual([expect.objectContaining({ id: f.classId, studentCount: 1, assignmentCount: 1, joinCode: f.joinCode })]);
    expect(await listArchivedClassesForTeacher(testDb.db, { userId: f.teacher })).toEqual([]);
  });

  test.each([["a class that is not archived", false], ["a malformed id", true]])("restoring %s is refused with a message", async (_label, malformed) => {
    signInAs("teacher");
    const result = await classActions.restoreClassAction(malformed ? "x'; DROP TABLE \"Classroom\"; --" : f.classId);
    expect(result).toMatchObject({ ok: false, message: expect.any(String) });
    expect(result.message).not.toMatch(/prisma|sql/i);
  });
});
