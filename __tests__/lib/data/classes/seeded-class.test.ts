/** @jest-environment node */
import { seedClass } from "@/bench/seed-class";
import { getAssignmentProgress, getItemAnalysis } from "@/lib/data/analytics";
import { createTestDb, type TestDb } from "../../../helpers/test-db";

// The dashboard's figures for a seeded class of 30, checked against the raw rows counted a second way.
let testDb: TestDb;
let teacherId: string;
let seeded: Awaited<ReturnType<typeof seedClass>>;
const NOW = new Date("2026-11-30T12:00:00Z");

beforeAll(async () => {
  testDb = await createTestDb();
  const { db } = testDb;
  teacherId = (await db.user.create({ data: { email: "t@example.com", role: "TEACHER", sessionsValidAfter: new Date(0) } })).id;
  const deck = await db.deck.create({ data: { ownerId: teacherId, title: "Twelve facts" } });
  for (let i = 0; i < 12; i += 1) {
    const fact = await db.fact.create({ data: { deckId: deck.id, position: i, statement: `Fact ${i}`, sourceSentence: `Fact ${i}.`, spanStart: 0, spanEnd: 6 } });
    await db.item.create({
      data: {
        deckId: deck.id,
        factId: fact.id,
        position: i,
        kind: i % 2 ? "mcq" : "cloze",
        prompt: `Q${i}`,
        answer: `A${i}`,
        payload: i % 2 ? JSON.stringify({ options: [`A${i}`, `B${i}`, `C${i}`, `D${i}`] }) : "{}",
        rule: "test",
        status: "ACCEPTED",
      },
    });
  }
  seeded = await seedClass(db, { teacherId, deckId: deck.id, students: 30, now: NOW });
}, 60_000);
afterAll(() => testDb.cleanup());

test("thirty rows, one per enrolled student", async () => {
  const { rows } = await getAssignmentProgress(testDb.db, { userId: teacherId, classId: seeded.classId, assignmentId: seeded.assignmentId, now: NOW });
  expect(rows).toHaveLength(30);
  expect(new Set(rows.map((r) => r.studentId))).toEqual(new Set(seeded.studentIds));
});

test("attempts, best scores and reviews match the stored rows", async () => {
  const { db } = testDb;
  const { rows } = await getAssignmentProgress(db, { userId: teacherId, classId: seeded.classId, assignmentId: seeded.assignmentId, now: NOW });
  let idle = 0;
  for (const row of rows) {
    const attempts = await db.quizAttempt.findMany({ where: { assignmentId: seeded.assignmentId, userId: row.studentId } });
    const finished = attempts.filter((a) => a.finishedAt);
    const best = finished.length ? Math.max(...finished.map((a) => Math.round((100 * a.correct) / a.total))) : null;
    const reviews = await db.reviewLog.count({ where: { userId: row.studentId, source: "REVIEW" } });
    expect([row.progress.attempts, row.progress.bestScore, row.progress.reviews]).toEqual([attempts.length, best, reviews]);
    if (attempts.length === 0 && reviews === 0) idle += 1;
  }
  const statuses = rows.map((r) => r.progress.status);
  expect(statuses.filter((s) => s === "NOT_STARTED").length).toBe(idle);
  expect(idle).toBe(3); // students 10, 20 and 30 neither quiz nor review
  expect(statuses).toContain("DONE");
  expect(statuses).toContain("IN_PROGRESS");
});

test("item analysis totals equal the answers stored for the class", async () => {
  const { db } = testDb;
  const { items, facts } = await getItemAnalysis(db, { userId: teacherId, classId: seeded.classId, assignmentId: seeded.assignmentId });
  const answers = await db.quizAnswer.findMany({ where: { attempt: { assignmentId: seeded.assignmentId } }, select: { itemId: true, correct: true, chosenOption: true } });
  expect(items.reduce((sum, i) => sum + i.answered, 0)).toBe(answers.length);
  expect(facts.reduce((sum, f) => sum + f.correct, 0)).toBe(answers.filter((a) => a.correct).length);
  for (const item of items.filter((i) => i.kind === "mcq")) {
    const chosen = answers.filter((a) => a.itemId === item.itemId);
    for (const option of item.options) expect(option.count).toBe(chosen.filter((a) => a.chosenOption === option.option).length);
  }
  const shares = facts.map((f) => f.shareRight ?? 2);
  expect(shares).toEqual([...shares].sort((a, b) => a - b));
});
