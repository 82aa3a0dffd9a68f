/** @jest-environment node */
import { computeProgress, masteredAt, type AssignmentRules } from "@/lib/data/analytics-status";
import { getAssignmentProgress, getItemAnalysis, getStudentAnswers } from "@/lib/data/analytics";
import { createAssignment, listAssignmentsForStudent, updateAssignment } from "@/lib/data/assignments";
import { gradesCsv, itemAnalysisCsv } from "@/lib/csv/assignment-exports";
import { assignmentFormSchema, localDateTimeToInstant } from "@/lib/validations/assignments";
import type { Db } from "@/lib/db/client";
import { clearDb, createClassesFixture, type ClassesFixture } from "../../../helpers/classes-fixture";
import { createTestDb, type TestDb } from "../../../helpers/test-db";

const NOW = new Date("2026-11-30T12:00:00Z");
const hours = (h: number) => new Date(NOW.getTime() + h * 3600_000);

describe("due dates across time zones", () => {
  test.each([
    ["America/New_York", "2026-12-01T23:59", "2026-12-02T04:59:00.000Z"],
    ["Asia/Tokyo", "2026-12-01T23:59", "2026-12-01T14:59:00.000Z"],
    ["Europe/Budapest", "2026-07-01T09:00", "2026-07-01T07:00:00.000Z"],
    ["UTC", "2026-12-01T00:00", "2026-12-01T00:00:00.000Z"],
  ])("a due date typed in %s as %s is stored as %s", (timeZone, local, iso) => {
    expect(localDateTimeToInstant(local, timeZone)?.toISOString()).toBe(iso);
  });

  test("an impossible date or an unknown zone is a field error, not a crash", () => {
    const base = { classId: "c1", deckId: "d1", mode: "QUIZ", opensAt: "", questionCount: "", attemptsAllowed: "", passMark: "", spacedDays: "" };
    const bad = assignmentFormSchema.safeParse({ ...base, timeZone: "UTC", dueAt: "2026-02-30T10:00" });
    expect(bad.success).toBe(false);
    expect(assignmentFormSchema.safeParse({ ...base, timeZone: "Mars/Olympus", dueAt: "" }).success).toBe(false);
    const reversed = assignmentFormSchema.safeParse({ ...base, timeZone: "UTC", opensAt: "2026-12-02T10:00", dueAt: "2026-12-01T10:00" });
    expect(reversed.success).toBe(false);
  });

  test("lateness is decided on instants: due 23:59 in New York is not late at 03:00 UTC the next day, late at 05:00", () => {
    const dueAt = localDateTimeToInstant("2026-12-01T23:59", "America/New_York")!;
    const rules: AssignmentRules = { mode: "QUIZ", opensAt: null, dueAt, passMark: 50, spacedDays: null };
    const started = [{ startedAt: new Date("2026-12-01T20:00:00Z"), finishedAt: null, total: 0, correct: 0 }];
    const at = (iso: string) => computeProgress({ rules, factIds: ["f"], attempts: started, recalls: [], now: new Date(iso) }).status;
    expect(at("2026-12-02T03:00:00Z")).toBe("IN_PROGRESS");
    expect(at("2026-12-02T05:00:00Z")).toBe("LATE");
  });
});

describe("status rules", () => {
  const quiz: AssignmentRules = { mode: "QUIZ", opensAt: null, dueAt: hours(24), passMark: 70, spacedDays: null };
  const attempt = (finishedH: number | null, correct: number, total = 10) => ({ startedAt: hours((finishedH ?? 0) - 1), finishedAt: finishedH === null ? null : hours(finishedH), total, correct });

  test.each([
    ["no attempt", [], "NOT_STARTED", false],
    ["an unfinished attempt", [attempt(null, 0)], "IN_PROGRESS", false],
    ["a finished attempt below the pass mark", [attempt(1, 6)], "IN_PROGRESS", false],
    ["a pass before the due date", [attempt(1, 6), attempt(2, 8)], "DONE", false],
    ["a pass after the due date", [attempt(30, 9)], "DONE", true],
  ] as const)("quiz: %s", (_label, attempts, status, completedLate) => {
    const p = computeProgress({ rules: quiz, factIds: ["f"], attempts: [...attempts], recalls: [], now: hours(2) });
    expect(p.status).toBe(status);
    expect(p.completedLate).toBe(completedLate);
  });

  test("not done after the due date is LATE, even with no work at all", () => {
    expect(computeProgress({ rules: quiz, factIds: ["f"], attempts: [], recalls: [], now: hours(25) }).status).toBe("LATE");
  });

  test("best and latest scores follow finishing order", () => {
    const p = computeProgress({ rules: quiz, factIds: ["f"], attempts: [attempt(3, 5), attempt(1, 9), attempt(2, 7)], recalls: [], now: hours(4) });
    expect([p.bestScore, p.latestScore, p.attempts]).toEqual([90, 50, 3]);
  });

  test("cramming does not count: three recalls in one evening are one day; recalls 20 hours apart are two", () => {
    const recall = (h: number, rating = 3) => ({ factId: "f", reviewedAt: hours(h), rating, source: "REVIEW" });
    expect(masteredAt([recall(0), recall(1), recall(5)], 2).size).toBe(0);
    expect(masteredAt([recall(0), recall(19)], 2).size).toBe(0);
    expect(masteredAt([recall(0), recall(20)], 2).get("f")).toEqual(hours(20));
    expect(masteredAt([recall(0), recall(24, 1)], 2).size).toBe(0); // "Again" is not a recall
  });

  test("flashcards are done when every fact reached the spaced target; BOTH needs the quiz too", () => {
    const cards: AssignmentRules = { mode: "FLASHCARDS", opensAt: null, dueAt: hours(100), passMark: null, spacedDays: 2 };
    const recalls = ["a", "b"].flatMap((factId) => [0, 24].map((h) => ({ factId, reviewedAt: hours(h), rating: 3, source: "REVIEW" })));
    const done = computeProgress({ rules: cards, factIds: ["a", "b"], attempts: [], recalls, now: hours(30) });
    expect([done.status, done.factsMastered, done.reviews]).toEqual(["DONE", 2, 4]);
    const half = computeProgress({ rules: cards, factIds: ["a", "b", "c"], attempts: [], recalls, now: hours(30) });
    expect([half.status, half.factsMastered]).toEqual(["IN_PROGRESS", 2]);
    const both = computeProgress({ rules: { ...cards, mode: "BOTH", passMark: 50 }, factIds: ["a", "b"], attempts: [], recalls, now: hours(30) });
    expect(both.status).toBe("IN_PROGRESS");
  });
});

describe("figures from the database", () => {
  let testDb: TestDb;
  let f: ClassesFixture;
  let db: Db;
  const students: string[] = [];

  /** One finished attempt with the given answers: [itemIndex, correct, chosenOption?, overridden?]. */
  async function attempt(userId: string, finishedAt: Date, answers: [number, boolean, string?, boolean?][]) {
    const correct = answers.filter(([, right, , overridden]) => right || overridden).length;
    await db.quizAttempt.create({
      data: {
        userId,
        deckId: f.deckId,
        assignmentId: f.assignmentId,
        startedAt: new Date(finishedAt.getTime() - 600_000),
        finishedAt,
        total: answers.length,
        correct,
        answers: {
          create: answers.map(([index, right, chosen, overridden]) => ({
            itemId: f.itemIds[index]!,
            response: chosen ?? (right ? "right" : "wrong"),
            correct: right,
            chosenOption: chosen ?? null,
            overridden: overridden ?? false,
          })),
        },
      },
    });
  }

  beforeAll(async () => {
    testDb = await createTestDb();
    db = testDb.db;
    await clearDb(db);
    f = await createClassesFixture(db, { now: NOW });
    students.push(f.student);
    for (const name of ["ana", "ben", "cy", "dee", "eve"]) {
      const user = await db.user.create({ data: { email: `${name}@example.com`, name: name === "eve" ? "=HYPERLINK(\"http://x\")" : name, sessionsValidAfter: new Date(0) } });
      await db.enrollment.create({ data: { classroomId: f.classId, userId: user.id } });
      students.push(user.id);
    }
    // item 0 is the mcq (Danube; distractors Rhine, Elbe, Volga); items 1 and 2 are cloze.
    const [s, ana, ben, cy, dee] = students as [string, string, string, string, string, string];
    await attempt(s, hours(-2), [[0, true, "Danube"], [1, true], [2, false]]); // 67%: passes 60
    await attempt(ana, hours(-3), [[0, false, "Rhine"], [1, false], [2, false]]); // 0%
    await attempt(ana, hours(-1), [[0, false, "Rhine"], [1, true], [2, false, undefined, true]]); // 67% with one "I was right" (graded wrong)
    await attempt(ben, hours(-2), [[0, false, "Rhine"], [1, true], [2, false]]); // 33%
    await attempt(cy, hours(-2), [[0, false, "Elbe"], [1, true], [2, true]]); // 67%
    await db.quizAttempt.create({ data: { userId: dee, deckId: f.deckId, assignmentId: f.assignmentId, startedAt: hours(-1) } }); // unfinished
    // eve: nothing. A student of another class answering must not count.
    await db.quizAttempt.create({
      data: { userId: f.otherStudent, deckId: f.deckId, assignmentId: f.assignmentId, finishedAt: hours(-1), total: 1, correct: 0, answers: { create: [{ itemId: f.itemIds[0]!, response: "Volga", correct: false, chosenOption: "Volga" }] } },
    });
  });
  afterAll(() => testDb.cleanup());

  test("the teacher's table has one row per student with status, best/latest score and attempts", async () => {
    const { rows } = await getAssignmentProgress(db, { userId: f.teacher, classId: f.classId, assignmentId: f.assignmentId, now: NOW });
    const byName = Object.fromEntries(rows.map((r) => [r.name, [r.progress.status, r.progress.bestScore, r.progress.latestScore, r.progress.attempts]]));
    expect(byName).toEqual({
      student: ["DONE", 67, 67, 1],
      ana: ["DONE", 67, 67, 2],
      ben: ["IN_PROGRESS", 33, 33, 1],
      cy: ["DONE", 67, 67, 1],
      dee: ["IN_PROGRESS", null, null, 1],
      '=HYPERLINK("http://x")': ["NOT_STARTED", null, null, 0],
    });
  });

  test("after the due date, unfinished students are LATE", async () => {
    const { rows } = await getAssignmentProgress(db, { userId: f.teacher, classId: f.classId, assignmentId: f.assignmentId, now: hours(48) });
    expect(rows.filter((r) => r.progress.status === "LATE").map((r) => r.name).sort()).toEqual(["=HYPERLINK(\"http://x\")", "ben", "dee"]);
  });

  test("item analysis: share right per item and fact, most missed first, option counts and flags", async () => {
    const { items, facts } = await getItemAnalysis(db, { userId: f.teacher, classId: f.classId, assignmentId: f.assignmentId });
    expect(items.map((i) => [i.prompt.slice(0, 20), i.correct, i.answered])).toEqual([
      ["Which river flows th", 1, 5],
      ["The ____ is in Franc", 2, 5],
      ["The ____ rises in Sw", 4, 5],
    ]);
    const mcq = items[0]!;
    expect(mcq.options).toEqual([
      { option: "Danube", count: 1, correct: true, neverPicked: false, majorityWrong: false },
      { option: "Rhine", count: 3, correct: false, neverPicked: false, majorityWrong: true },
      { option: "Elbe", count: 1, correct: false, neverPicked: false, majorityWrong: false },
      { option: "Volga", count: 0, correct: false, neverPicked: true, majorityWrong: false },
    ]);
    expect(facts.map((fact) => [fact.statement, fact.shareRight])).toEqual([
      ["The Danube flows through Budapest.", 0.2],
      ["The Loire is in France.", 0.4],
      ["The Rhine rises in Switzerland.", 0.8],
    ]);
  });

  test("a student's drill-down shows each answer and the override", async () => {
    const { attempts } = await getStudentAnswers(db, { userId: f.teacher, classId: f.classId, assignmentId: f.assignmentId, studentId: students[1]! });
    expect(attempts.map((a) => a.score)).toEqual([0, 67]);
    expect(attempts[1]!.answers.filter((a) => a.overridden).map((a) => a.expected)).toEqual(["Loire"]);
  });

  test("the student sees their own status in My assignments", async () => {
    const [mine] = await listAssignmentsForStudent(db, { userId: students[2]!, now: NOW });
    expect([mine?.progress.status, mine?.progress.bestScore]).toEqual(["IN_PROGRESS", 33]);
  });

  test("the grades CSV has a header, one row per student, and neutralises a formula-like name", async () => {
    const { rows } = await getAssignmentProgress(db, { userId: f.teacher, classId: f.classId, assignmentId: f.assignmentId, now: NOW });
    const csv = gradesCsv(rows);
    expect(csv.startsWith("\uFEFFEmail,Name,Score (%),Status,Late,")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(7);
    expect(lines).toContain("ben@example.com,ben,33,In progress,no,33,33,1,0,0,3,,2026-11-30T10:00:00.000Z");
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  test("the item analysis CSV lists facts most missed first with the wrong options chosen", async () => {
    const { facts } = await getItemAnalysis(db, { userId: f.teacher, classId: f.classId, assignmentId: f.assignmentId });
    const lines = itemAnalysisCsv(facts).slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Fact,Fact right (%),Item kind,Question,Answer,Answers,Right,Item right (%),Wrong options chosen");
    expect(lines[1]).toBe(
      "The Danube flows through Budapest.,20,mcq,Which river flows through Budapest?,Danube,5,1,20,Rhine: 3 (most students); Elbe: 1; Volga: 0 (never picked)",
    );
    expect(lines).toHaveLength(4);
  });

  test("editing changes dates and targets but never the deck", async () => {
    const other = await db.deck.create({ data: { ownerId: f.teacher, title: "Another" } });
    const dueAt = new Date("2031-01-01T00:00:00Z");
    const rules = { mode: "QUIZ" as const, opensAt: null, dueAt, questionCount: 2, attemptsAllowed: 1, passMark: 60, spacedDays: null };
    await updateAssignment(db, { userId: f.teacher, classId: f.classId, assignmentId: f.assignmentId, deckId: other.id, ...rules });
    const saved = await db.assignment.findUniqueOrThrow({ where: { id: f.assignmentId } });
    expect([saved.deckId, saved.dueAt, saved.questionCount, saved.attemptsAllowed]).toEqual([f.deckId, dueAt, 2, 1]);
    await expect(updateAssignment(db, { userId: f.otherTeacher, classId: f.classId, assignmentId: f.assignmentId, deckId: f.deckId, ...rules })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db.assignment.update({ where: { id: f.assignmentId }, data: { passMark: 60, dueAt: hours(24), questionCount: null, attemptsAllowed: null } });
  });

  test("My assignments: soonest due first, undated last, archived classes left out, rules typed as stored", async () => {
    const rules = { mode: "QUIZ" as const, opensAt: null, questionCount: 5, attemptsAllowed: 2, passMark: 80, spacedDays: null };
    const undated = await createAssignment(db, { userId: f.teacher, classId: f.classId, deckId: f.deckId, ...rules, dueAt: null });
    const sooner = await createAssignment(db, { userId: f.teacher, classId: f.classId, deckId: f.deckId, ...rules, dueAt: hours(2) });
    const archived = await db.classroom.create({ data: { teacherId: f.teacher, name: "Old", joinCode: "OLDCLASS", archivedAt: NOW } });
    await db.enrollment.create({ data: { classroomId: archived.id, userId: students[2]! } });
    await db.assignment.create({ data: { classroomId: archived.id, deckId: f.deckId, dueAt: hours(1) } });
    try {
      const mine = await listAssignmentsForStudent(db, { userId: students[2]!, now: NOW });
      expect(mine.map((a) => a.id)).toEqual([sooner.id, f.assignmentId, undated.id]);
      expect(mine[0]).toMatchObject({ deckTitle: expect.any(String), classroomName: expect.any(String), questionCount: 5, attemptsAllowed: 2, passMark: 80, dueAt: hours(2) });
      expect((await listAssignmentsForStudent(db, { userId: students[2]!, classId: f.otherClassId, now: NOW })).map((a) => a.id)).toEqual([]);
    } finally {
      await db.assignment.deleteMany({ where: { id: { in: [undated.id, sooner.id] } } });
      await db.classroom.delete({ where: { id: archived.id } });
    }
  });

  test("an assignment can only use a deck the teacher can read", async () => {
    const foreign = await db.deck.create({ data: { ownerId: f.otherTeacher, title: "Private" } });
    const rules = { mode: "QUIZ" as const, opensAt: null, dueAt: null, questionCount: null, attemptsAllowed: null, passMark: null, spacedDays: null };
    await expect(createAssignment(db, { userId: f.teacher, classId: f.classId, deckId: foreign.id, ...rules })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
