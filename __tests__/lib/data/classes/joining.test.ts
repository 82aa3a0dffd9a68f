/** @jest-environment node */
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, generateJoinCode } from "@/lib/data/classes-join-code";
import { JOIN_GUESS_POLICY, createClass, joinClass, leaveClass, listClassesForStudent, listClassesForTeacher, restoreClass, regenerateJoinCode, setJoinCodeEnabled } from "@/lib/data/classes";
import { joinCodeSchema } from "@/lib/validations/classes";
import { clearDb, createClassesFixture, type ClassesFixture } from "../../../helpers/classes-fixture";
import { createTestDb, type TestDb } from "../../../helpers/test-db";

let testDb: TestDb;
let f: ClassesFixture;

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.cleanup());
beforeEach(async () => {
  await clearDb(testDb.db);
  f = await createClassesFixture(testDb.db);
});

const join = (userId: string, code: string) => joinClass(testDb.db, { userId, code: joinCodeSchema.parse(code) });
const enrolled = async (userId: string) => (await listClassesForStudent(testDb.db, { userId })).map((c) => c.name);

test("a generated code has 8 characters from the unambiguous alphabet, and codes differ", () => {
  const codes = Array.from({ length: 200 }, generateJoinCode);
  for (const code of codes) expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`));
  expect(new Set(codes).size).toBe(200);
  expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1IL]/);
});

test("a teacher's new class gets a fresh 8-character code; a student may not create one", async () => {
  const { id } = await createClass(testDb.db, { userId: f.teacher, name: "Biology", section: "Term 1" });
  const created = await testDb.db.classroom.findUniqueOrThrow({ where: { id } });
  expect(created.joinCode).toHaveLength(8);
  expect(created.joinCodeEnabled).toBe(true);
  await expect(createClass(testDb.db, { userId: f.student, name: "Mine", section: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
});

test.each([
  ["the exact code", "KMNPQRTU"],
  ["lower case with spaces and a dash", " kmnp-qrtu "],
])("a valid code joins the class: %s", async (_label, code) => {
  await join(f.student, code);
  expect(await enrolled(f.student)).toEqual(expect.arrayContaining(["Geography 7B", "History 8A"]));
});

test("joining twice keeps one enrollment", async () => {
  await join(f.otherStudent, f.joinCode);
  await join(f.otherStudent, f.joinCode);
  expect(await testDb.db.enrollment.count({ where: { classroomId: f.classId, userId: f.otherStudent } })).toBe(1);
});

test("an unknown code is NOT_FOUND and joins nothing", async () => {
  await expect(join(f.otherStudent, "ZZZZZZZZ")).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringMatching(/No class has this join code/) });
  expect(await enrolled(f.otherStudent)).toEqual(["History 8A"]);
});

test("a turned-off code is refused with a message, and works again once turned on", async () => {
  await setJoinCodeEnabled(testDb.db, { userId: f.teacher, classId: f.classId, enabled: false });
  await expect(join(f.otherStudent, f.joinCode)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/turned off/) });
  await setJoinCodeEnabled(testDb.db, { userId: f.teacher, classId: f.classId, enabled: true });
  await join(f.otherStudent, f.joinCode);
  expect(await enrolled(f.otherStudent)).toContain("Geography 7B");
});

test("after regenerating, the old code stops working and the new one works; students already in stay", async () => {
  const fresh = await regenerateJoinCode(testDb.db, { userId: f.teacher, classId: f.classId });
  expect(fresh).not.toBe(f.joinCode);
  await expect(join(f.otherStudent, f.joinCode)).rejects.toMatchObject({ code: "NOT_FOUND" });
  await join(f.otherStudent, fresh);
  expect(await enrolled(f.otherStudent)).toContain("Geography 7B");
  expect(await enrolled(f.student)).toContain("Geography 7B");
});

test("regenerating also turns joining back on", async () => {
  await setJoinCodeEnabled(testDb.db, { userId: f.teacher, classId: f.classId, enabled: false });
  const fresh = await regenerateJoinCode(testDb.db, { userId: f.teacher, classId: f.classId });
  await join(f.otherStudent, fresh);
  expect(await enrolled(f.otherStudent)).toContain("Geography 7B");
});

test("the class's own teacher cannot join it as a student, and an archived class cannot be joined", async () => {
  await expect(join(f.teacher, f.joinCode)).rejects.toMatchObject({ code: "CONFLICT" });
  await testDb.db.classroom.update({ where: { id: f.classId }, data: { archivedAt: new Date() } });
  await expect(join(f.otherStudent, f.joinCode)).rejects.toMatchObject({ code: "NOT_FOUND" });
});

test("a student can leave, and leaving a class they are not in is NOT_FOUND", async () => {
  await leaveClass(testDb.db, { userId: f.student, classId: f.classId });
  expect(await enrolled(f.student)).toEqual([]);
  await expect(leaveClass(testDb.db, { userId: f.student, classId: f.classId })).rejects.toMatchObject({ code: "NOT_FOUND" });
});

test.each(["", "   ", "x".repeat(33), "DROP TABLE;", "<script>"])("a hostile or empty code %j is rejected by validation", (code) => {
  expect(joinCodeSchema.safeParse(code).success).toBe(false);
});

test("the seeded demo code with its dash still works", async () => {
  await testDb.db.classroom.update({ where: { id: f.classId }, data: { joinCode: "DEMO-2025" } });
  await join(f.otherStudent, "demo-2025");
  expect(await enrolled(f.otherStudent)).toContain("Geography 7B");
});

test("after 20 wrong codes a user is slowed down, even with the right code; other users are not", async () => {
  for (let i = 0; i < JOIN_GUESS_POLICY.limit; i += 1) await expect(join(f.otherStudent, "ZZZZZZZZ")).rejects.toMatchObject({ code: "NOT_FOUND" });
  await expect(join(f.otherStudent, f.joinCode)).rejects.toMatchObject({ code: "RATE_LIMITED" });
  await join(f.student, "KMNPQRTU");
  expect(await enrolled(f.student)).toContain("History 8A");
});

test("right codes do not count toward the limit", async () => {
  for (let i = 0; i < JOIN_GUESS_POLICY.limit + 5; i += 1) await join(f.student, f.joinCode);
  await join(f.student, "KMNPQRTU");
  expect(await enrolled(f.student)).toContain("History 8A");
});

test("a teacher's class list: newest first, counts of students and assignments, archived classes and other teachers' left out", async () => {
  const { id: newer } = await createClass(testDb.db, { userId: f.teacher, name: "Biology", section: "Term 1" });
  const { id: archived } = await createClass(testDb.db, { userId: f.teacher, name: "Old", section: null });
  await testDb.db.classroom.update({ where: { id: archived }, data: { archivedAt: new Date() } });
  await setJoinCodeEnabled(testDb.db, { userId: f.teacher, classId: newer, enabled: false });
  const classes = await listClassesForTeacher(testDb.db, { userId: f.teacher });
  expect(classes).toEqual([
    { id: newer, name: "Biology", section: "Term 1", joinCode: expect.any(String), joinCodeEnabled: false, studentCount: 0, assignmentCount: 0 },
    { id: f.classId, name: "Geography 7B", section: null, joinCode: "ACDEFGHJ", joinCodeEnabled: true, studentCount: 1, assignmentCount: 1 },
  ]);
});

test("restoring an archived class respects the 200 active classes a teacher may have", async () => {
  await testDb.db.classroom.update({ where: { id: f.classId }, data: { archivedAt: new Date() } });
  await testDb.db.classroom.createMany({ data: Array.from({ length: 200 }, (_, i) => ({ teacherId: f.teacher, name: `Class ${i}`, joinCode: `LIMIT${String(i).padStart(3, "0")}` })) });
  await expect(restoreClass(testDb.db, { userId: f.teacher, classId: f.classId })).rejects.toMatchObject({ code: "CONFLICT" });
  await expect(restoreClass(testDb.db, { userId: f.otherTeacher, classId: f.classId })).rejects.toMatchObject({ code: "NOT_FOUND" });
});
