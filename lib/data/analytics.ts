import "server-only";
import type { Db } from "@/lib/db/client";
import { MIN_ANSWERS_FOR_DISTRACTOR_FLAG } from "@/lib/classes/item-analysis";
import { AppError } from "@/lib/errors";
import { computeProgress, scorePercent, type StudentProgress } from "./analytics-status";
import { loadProgressInputs } from "./analytics-inputs";
import { requireTaughtAssignment } from "./assignments";
import { parseItemPayload } from "./item-payload";

export type AssignmentHeader = Awaited<ReturnType<typeof requireTaughtAssignment>>;

export type StudentProgressRow = { studentId: string; name: string | null; email: string; progress: StudentProgress };

/** The teacher's table: one row per enrolled student. */
export async function getAssignmentProgress(
  db: Db,
  { userId, classId, assignmentId, now = new Date() }: { userId: string; classId: string; assignmentId: string; now?: Date },
): Promise<{ assignment: AssignmentHeader; rows: StudentProgressRow[] }> {
  const assignment = await requireTaughtAssignment(db, { userId, classId, assignmentId });
  const enrollments = await db.enrollment.findMany({
    where: { classroomId: classId },
    orderBy: { joinedAt: "asc" },
    take: 500,
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  const inputs = await loadProgressInputs(db, { assignments: [assignment], userIds: enrollments.map((e) => e.user.id) });
  const rows = enrollments.map(({ user }) => ({
    studentId: user.id,
    name: user.name,
    email: user.email,
    progress: computeProgress({ ...inputs.for(assignment.id, user.id), now }),
  }));
  return { assignment, rows };
}

export type OptionCount = { option: string; count: number; correct: boolean; neverPicked: boolean; majorityWrong: boolean };

export type ItemAnalysis = {
  itemId: string;
  factId: string;
  kind: string;
  prompt: string;
  answer: string;
  answered: number;
  correct: number;
  shareRight: number | null;
  options: OptionCount[];
};

export type FactAnalysis = { factId: string; statement: string; answered: number; correct: number; shareRight: number | null; items: ItemAnalysis[] };


/**
 * Per item and per fact: share answered right (overrides count as right, as they do in the score),
 * most-missed first; for multiple choice, how often each option was chosen.
 */
export async function getItemAnalysis(
  db: Db,
  { userId, classId, assignmentId }: { userId: string; classId: string; assignmentId: string },
): Promise<{ assignment: AssignmentHeader; facts: FactAnalysis[]; items: ItemAnalysis[] }> {
  const assignment = await requireTaughtAssignment(db, { userId, classId, assignmentId });
  const enrolled = { classroomId: classId };
  const stored = await db.quizAnswer.findMany({
    where: { attempt: { assignmentId, user: { enrollments: { some: enrolled } } } },
    select: { itemId: true, correct: true, overridden: true, chosenOption: true },
  });
  // "I was right" keeps the server's grade in `correct` and counts as right, as in the attempt's score.
  const answers = stored.map(({ overridden, ...a }) => ({ ...a, correct: a.correct || overridden }));
  const itemIds = [...new Set(answers.map((a) => a.itemId))];
  const items = await db.item.findMany({
    where: { id: { in: itemIds } },
    select: { id: true, factId: true, kind: true, prompt: true, answer: true, payload: true, fact: { select: { statement: true } } },
  });

  const answersByItem = new Map<string, typeof answers>();
  for (const answer of answers) answersByItem.set(answer.itemId, [...(answersByItem.get(answer.itemId) ?? []), answer]);

  const itemRows: ItemAnalysis[] = items.map((item) => {
    const given = answersByItem.get(item.id) ?? [];
    const correct = given.filter((a) => a.correct).length;
    const options = item.kind === "mcq" ? optionCounts(parseItemPayload(item.payload).options ?? [], item.answer, given) : [];
    return {
      itemId: item.id,
      factId: item.factId,
      kind: item.kind,
      prompt: item.prompt,
      answer: item.answer,
      answered: given.length,
      correct,
      shareRight: share(correct, given.length),
      options,
    };
  });
  itemRows.sort(byMostMissed);

  const facts = new Map<string, FactAnalysis>();
  for (const item of items) {
    if (!facts.has(item.factId)) facts.set(item.factId, { factId: item.factId, statement: item.fact.statement, answered: 0, correct: 0, shareRight: null, items: [] });
  }
  for (const row of itemRows) {
    const fact = facts.get(row.factId)!;
    fact.answered += row.answered;
    fact.correct += row.correct;
    fact.items.push(row);
  }
  const factRows = [...facts.values()].map((f) => ({ ...f, shareRight: share(f.correct, f.answered) })).sort(byMostMissed);
  return { assignment, facts: factRows, items: itemRows };
}

function optionCounts(options: string[], answer: string, given: { correct: boolean; chosenOption: string | null }[]): OptionCount[] {
  const counts = new Map(options.map((option) => [option, 0]));
  for (const a of given) if (a.chosenOption !== null && counts.has(a.chosenOption)) counts.set(a.chosenOption, counts.get(a.chosenOption)! + 1);
  const enough = given.length >= MIN_ANSWERS_FOR_DISTRACTOR_FLAG;
  return options.map((option) => {
    const count = counts.get(option)!;
    const correct = option === answer;
    return { option, count, correct, neverPicked: !correct && enough && count === 0, majorityWrong: !correct && enough && count * 2 > given.length };
  });
}

function share(correct: number, answered: number) {
  return answered > 0 ? correct / answered : null;
}

function byMostMissed(a: { shareRight: number | null; answered: number }, b: { shareRight: number | null; answered: number }) {
  return (a.shareRight ?? 2) - (b.shareRight ?? 2) || b.answered - a.answered;
}

export type StudentAnswerRow = {
  itemId: string;
  kind: string;
  prompt: string;
  expected: string;
  response: string;
  correct: boolean;
  overridden: boolean;
  overriddenAt: Date | null;
  answeredAt: Date;
};

export type StudentAttemptDetail = { id: string; startedAt: Date; finishedAt: Date | null; score: number | null; total: number; correct: number; answers: StudentAnswerRow[] };

/** One student's attempts for an assignment, answer by answer, for the class's teacher. */
export async function getStudentAnswers(
  db: Db,
  { userId, classId, assignmentId, studentId }: { userId: string; classId: string; assignmentId: string; studentId: string },
) {
  const assignment = await requireTaughtAssignment(db, { userId, classId, assignmentId });
  const student = await db.user.findFirst({
    where: { id: studentId, enrollments: { some: { classroomId: classId } } },
    select: { id: true, name: true, email: true },
  });
  if (!student) throw new AppError("NOT_FOUND", "This student is not in the class.");
  const attempts = await db.quizAttempt.findMany({
    where: { assignmentId, userId: studentId },
    orderBy: { startedAt: "asc" },
    take: 50,
    select: {
      id: true,
      startedAt: true,
      finishedAt: true,
      total: true,
      correct: true,
      answers: {
        orderBy: { answeredAt: "asc" },
        select: {
          itemId: true,
          response: true,
          correct: true,
          overridden: true,
          overriddenAt: true,
          answeredAt: true,
          item: { select: { kind: true, prompt: true, answer: true } },
        },
      },
    },
  });
  const detail: StudentAttemptDetail[] = attempts.map((a) => ({
    id: a.id,
    startedAt: a.startedAt,
    finishedAt: a.finishedAt,
    total: a.total,
    correct: a.correct,
    score: a.finishedAt ? scorePercent(a) : null,
    answers: a.answers.map(({ item, ...answer }) => ({ ...answer, kind: item.kind, prompt: item.prompt, expected: item.answer })),
  }));
  return { assignment, student, attempts: detail };
}
