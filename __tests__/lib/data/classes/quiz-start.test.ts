/** @jest-environment node */
import { startQuiz } from "@/lib/data/quiz";
import { clearDb, createClassesFixture, type ClassesFixture } from "../../../helpers/classes-fixture";
import { createTestDb, type TestDb } from "../../../helpers/test-db";

// The assignment's targets as the quiz's own start function enforces them (teachers' checkAssignmentQuizStart).
let testDb: TestDb;
let f: ClassesFixture;
const NOW = new Date("2026-11-30T12:00:00Z");

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.cleanup());
beforeEach(async () => {
  await clearDb(testDb.db);
  f = await createClassesFixture(testDb.db, { now: NOW });
  await testDb.db.assignment.update({ where: { id: f.assignmentId }, data: { questionCount: 2, attemptsAllowed: 1 } });
});

const start = (userId: string, now = NOW) => startQuiz(testDb.db, { userId, deckId: f.deckId, length: "all", kinds: [], assignmentId: f.assignmentId, seed: 1, now });

test("an assignment attempt has the assignment's question count and is linked to it", async () => {
  const { attemptId } = await start(f.student);
  const attempt = await testDb.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
  expect([attempt.assignmentId, attempt.total]).toEqual([f.assignmentId, 2]);
});

test("an assignment of every question asks every live question, whatever length the student picks", async () => {
  await testDb.db.assignment.update({ where: { id: f.assignmentId }, data: { questionCount: null } });
  const live = await testDb.db.item.count({ where: { deckId: f.deckId, status: { not: "DISCARDED" } } });
  const { attemptId } = await startQuiz(testDb.db, { userId: f.student, deckId: f.deckId, length: 1, kinds: [], assignmentId: f.assignmentId, seed: 1, now: NOW });
  expect((await testDb.db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).total).toBe(live);
});

test("attempts beyond the allowed number are refused", async () => {
  await start(f.student);
  await expect(start(f.student)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/used all 1 attempts/) });
});

test("an assignment that has not opened yet cannot be started", async () => {
  await testDb.db.assignment.update({ where: { id: f.assignmentId }, data: { opensAt: new Date(NOW.getTime() + 3_600_000) } });
  await expect(start(f.student)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/not open yet/) });
});

test("a flashcards-only assignment has no quiz", async () => {
  await testDb.db.assignment.update({ where: { id: f.assignmentId }, data: { mode: "FLASHCARDS" } });
  await expect(start(f.student)).rejects.toMatchObject({ code: "CONFLICT" });
});

test("a student of another class cannot attach an attempt to the assignment", async () => {
  await testDb.db.deck.update({ where: { id: f.deckId }, data: { visibility: "LINK" } });
  await expect(start(f.otherStudent)).rejects.toMatchObject({ code: "NOT_FOUND" });
  expect(await testDb.db.quizAttempt.count()).toBe(0);
});

test("two starts at the same instant cannot both pass a one-attempt limit", async () => {
  const results = await Promise.allSettled([start(f.student), start(f.student), start(f.student)]);
  expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  expect(await testDb.db.quizAttempt.count({ where: { assignmentId: f.assignmentId, userId: f.student } })).toBe(1);
});
