import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { drawQuizItems, type QuizLength } from "@/lib/grading/draw-quiz";
import { gradeResponse, ResponseMismatchError, type QuizResponse } from "@/lib/grading/grade-response";
import { responseParts, type ResponseParts } from "@/lib/grading/response-parts";
import { checkAssignmentQuizStart, enforceAttemptLimit, getAssignmentForStudent } from "./assignments";
import { getReadableDeck } from "./decks";
import { answerSpan, loadQuizItems, parseJsonArray, questionView, type QuestionView, type QuizItemRow } from "./quiz-items";
import { recordQuizReview } from "./quiz-review";

export type QuestionFeedback = {
  itemId: string;
  correct: boolean;
  overridden: boolean;
  /** typed answers graded wrong may be marked "I was right" */
  canOverride: boolean;
  response: string;
  correctAnswer: string;
  /** matching and ordering: each pair or position, right or wrong */
  parts: ResponseParts | null;
  sentence: string;
  highlight: [number, number] | null;
  /** the sentence's start in the article; the deck page anchors it as #sentence-<start> */
  sentenceStart: number;
};

export type QuizPlayerState = {
  attemptId: string;
  deckId: string;
  deckTitle: string;
  startedAt: Date;
  finishedAt: Date | null;
  questions: QuestionView[];
  feedback: Record<string, QuestionFeedback>;
};

const TYPED_KINDS = new Set(["cloze", "short_answer"]);
const ATTEMPT_SELECT = {
  id: true,
  userId: true,
  deckId: true,
  seed: true,
  itemIds: true,
  kinds: true,
  startedAt: true,
  finishedAt: true,
  deck: { select: { title: true } },
} as const;

type AnswerRow = { itemId: string; response: string; correct: boolean; overridden: boolean };

export function feedbackFor(item: QuizItemRow, answer: AnswerRow): QuestionFeedback {
  const forms = TYPED_KINDS.has(item.kind) ? [item.answer, ...item.alternatives] : item.kind === "mcq" ? [item.answer] : [];
  return {
    itemId: item.id,
    correct: answer.correct,
    overridden: answer.overridden,
    canOverride: TYPED_KINDS.has(item.kind) && !answer.correct && !answer.overridden,
    response: answer.response,
    correctAnswer: item.answer,
    parts: responseParts(item, answer.response),
    sentence: item.sourceSentence,
    highlight: answerSpan(item.sourceSentence, forms),
    sentenceStart: item.sentenceStart,
  };
}

/** The attempt if it is the user's own; NOT_FOUND otherwise (another user's attempt is not disclosed). */
export async function getOwnAttempt(db: Db, { userId, attemptId }: { userId: string; attemptId: string }) {
  const attempt = await db.quizAttempt.findFirst({ where: { id: attemptId, userId }, select: ATTEMPT_SELECT });
  if (!attempt) throw new AppError("NOT_FOUND", "This quiz does not exist or is not yours.");
  return attempt;
}

export type StartQuizOptions = {
  userId: string;
  deckId: string;
  length: QuizLength;
  kinds: string[];
  assignmentId?: string;
  seed: number;
  now: Date;
};

/** Draws a new attempt on a readable deck (checking the assignment when one is given). */
export async function startQuiz(db: Db, { userId, deckId, length, kinds, assignmentId, seed, now }: StartQuizOptions): Promise<{ attemptId: string; deckId: string }> {
  await getReadableDeck(db, { userId, deckId });
  let questionCount: QuizLength = length;
  let attemptsAllowed: number | null = null;
  if (assignmentId) {
    const assignment = await getAssignmentForStudent(db, { userId, assignmentId });
    checkAssignmentQuizStart(assignment, { deckId, now });
    questionCount = assignment.questionCount ?? "all";
    attemptsAllowed = assignment.attemptsAllowed;
  }
  const items = await db.item.findMany({
    where: { deckId, status: { not: "DISCARDED" } },
    select: { id: true, factId: true, kind: true, score: true },
    orderBy: { position: "asc" },
    take: 2000,
  });
  const itemIds = drawQuizItems(items, { length: questionCount, kinds, seed });
  if (itemIds.length === 0) {
    throw new AppError("CONFLICT", kinds.length > 0 ? "This deck has no questions of the kinds you chose." : "This deck has no questions yet.");
  }
  const created = await createAttempt(db, { userId, deckId, assignmentId, seed, kinds, itemIds, now });
  if (assignmentId) await enforceAttemptLimit(db, { userId, assignmentId, attemptId: created.attemptId, attemptsAllowed });
  return created;
}

async function createAttempt(
  db: Db,
  { userId, deckId, assignmentId, seed, kinds, itemIds, now }: { userId: string; deckId: string; assignmentId?: string; seed: number; kinds: string[]; itemIds: string[]; now: Date },
) {
  const attempt = await db.quizAttempt.create({
    data: { userId, deckId, assignmentId: assignmentId ?? null, seed, kinds: JSON.stringify(kinds), itemIds: JSON.stringify(itemIds), total: itemIds.length, startedAt: now },
    select: { id: true },
  });
  return { attemptId: attempt.id, deckId };
}

/** A new attempt with only the questions of `attemptId` that were answered wrong (and not overridden). */
export async function retryMissed(db: Db, { userId, attemptId, seed, now }: { userId: string; attemptId: string; seed: number; now: Date }) {
  const attempt = await getOwnAttempt(db, { userId, attemptId });
  await getReadableDeck(db, { userId, deckId: attempt.deckId });
  const missed = await db.quizAnswer.findMany({
    where: { attemptId, correct: false, overridden: false, item: { status: { not: "DISCARDED" } } },
    select: { itemId: true },
  });
  const order = parseJsonArray(attempt.itemIds);
  const itemIds = order.filter((id) => missed.some((answer) => answer.itemId === id));
  if (itemIds.length === 0) throw new AppError("CONFLICT", "You did not miss any question in this quiz.");
  return createAttempt(db, { userId, deckId: attempt.deckId, seed, kinds: parseJsonArray(attempt.kinds), itemIds, now });
}

/** The latest unfinished attempt of this user on this deck, if any. */
export async function findUnfinishedAttempt(db: Db, { userId, deckId }: { userId: string; deckId: string }) {
  const attempt = await db.quizAttempt.findFirst({
    where: { userId, deckId, finishedAt: null },
    orderBy: { startedAt: "desc" },
    select: { id: true, total: true, startedAt: true, _count: { select: { answers: true } } },
  });
  return attempt && { attemptId: attempt.id, total: attempt.total, answered: attempt._count.answers, startedAt: attempt.startedAt };
}

/** An own attempt with its items (in order) and its answers, for the player and the results. */
export async function loadAttemptWithAnswers(db: Db, { userId, attemptId }: { userId: string; attemptId: string }) {
  const attempt = await getOwnAttempt(db, { userId, attemptId });
  await getReadableDeck(db, { userId, deckId: attempt.deckId });
  const [items, answers] = await Promise.all([
    loadQuizItems(db, parseJsonArray(attempt.itemIds)),
    db.quizAnswer.findMany({ where: { attemptId }, select: { itemId: true, response: true, correct: true, overridden: true, timeMs: true } }),
  ]);
  const answerByItem = new Map(answers.map((answer) => [answer.itemId, answer]));
  return { attempt, answers, questions: items.map((item) => ({ item, answer: answerByItem.get(item.id) ?? null })) };
}

/** Everything the player needs to show (or resume) an attempt, with feedback for what is answered. */
export async function getQuizPlayer(db: Db, { userId, attemptId }: { userId: string; attemptId: string }): Promise<QuizPlayerState> {
  const { attempt, questions } = await loadAttemptWithAnswers(db, { userId, attemptId });
  const feedback: Record<string, QuestionFeedback> = {};
  for (const { item, answer } of questions) if (answer) feedback[item.id] = feedbackFor(item, answer);
  return {
    attemptId,
    deckId: attempt.deckId,
    deckTitle: attempt.deck.title,
    startedAt: attempt.startedAt,
    finishedAt: attempt.finishedAt,
    questions: questions.map(({ item }) => questionView(item, attempt.seed)),
    feedback,
  };
}

async function gradingContext(db: Db, deckId: string) {
  const deck = await db.deck.findUnique({
    where: { id: deckId },
    select: { article: { select: { text: true } }, facts: { select: { entities: true }, take: 1000 } },
  });
  const otherNames = (deck?.facts ?? []).flatMap((fact) => {
    try {
      const entities: unknown = JSON.parse(fact.entities);
      return Array.isArray(entities) ? entities.flatMap((entity) => (typeof entity?.name === "string" ? [entity.name as string] : [])) : [];
    } catch {
      return [];
    }
  });
  return { context: deck?.article?.text, otherNames: [...new Set(otherNames)] };
}

export type AnswerQuestionOptions = {
  userId: string;
  attemptId: string;
  itemId: string;
  response: QuizResponse;
  timeMs: number;
  now: Date;
  /** runs the review update after the response is sent (next/server `after`); inline when absent */
  defer?: (task: () => Promise<void>) => void;
};

/**
 * Grades one answer on the server from the stored item and stores it. Answering a question
 * twice returns the first grade unchanged; the last answer finishes the attempt.
 */
export async function answerQuestion(db: Db, { userId, attemptId, itemId, response, timeMs, now, defer }: AnswerQuestionOptions): Promise<QuestionFeedback> {
  const attempt = await getOwnAttempt(db, { userId, attemptId });
  const itemIds = parseJsonArray(attempt.itemIds);
  if (!itemIds.includes(itemId)) throw new AppError("NOT_FOUND", "This question is not part of this quiz.");
  const [, [item], previous, context] = await Promise.all([
    getReadableDeck(db, { userId, deckId: attempt.deckId }),
    loadQuizItems(db, [itemId]),
    db.quizAnswer.findUnique({ where: { attemptId_itemId: { attemptId, itemId } } }),
    gradingContext(db, attempt.deckId),
  ]);
  if (!item) throw new AppError("NOT_FOUND", "This question no longer exists.");
  if (previous) {
    // idempotent by the answer's id: completes a review an earlier call could not record
    await recordQuizReview(db, { userId, answerId: previous.id, factId: item.factId, itemId, correct: previous.correct, timeMs: previous.timeMs, now });
    return feedbackFor(item, previous);
  }

  let grade;
  try {
    grade = gradeResponse(item, response, context);
  } catch (error) {
    if (error instanceof ResponseMismatchError) throw new AppError("INVALID_INPUT", error.message);
    throw error;
  }
  let answer;
  try {
    [answer] = await db.$transaction([
      db.quizAnswer.create({
        data: { attemptId, itemId, response: grade.responseText, correct: grade.correct, chosenOption: grade.chosenOption, timeMs, answeredAt: now },
      }),
      db.quizAttempt.update({ where: { id: attemptId }, data: { correct: { increment: grade.correct ? 1 : 0 } } }),
    ]);
  } catch (error) {
    // a concurrent submission of the same question won: report its grade
    const winner = await db.quizAnswer.findUnique({ where: { attemptId_itemId: { attemptId, itemId } } });
    if (winner) return feedbackFor(item, winner);
    throw error;
  }
  const answered = await db.quizAnswer.count({ where: { attemptId } });
  if (answered >= itemIds.length) await db.quizAttempt.updateMany({ where: { id: attemptId, finishedAt: null }, data: { finishedAt: now } });
  const review = () => recordQuizReview(db, { userId, answerId: answer.id, factId: item.factId, itemId, correct: grade.correct, timeMs, now });
  if (defer) defer(review);
  else await review();
  return feedbackFor(item, answer);
}

/** "I was right": a typed answer graded wrong counts as right; kept visible as an override. */
export async function overrideAnswer(db: Db, { userId, attemptId, itemId, now }: { userId: string; attemptId: string; itemId: string; now: Date }): Promise<QuestionFeedback> {
  const attempt = await getOwnAttempt(db, { userId, attemptId });
  const [item] = await loadQuizItems(db, [itemId]);
  const answer = await db.quizAnswer.findUnique({ where: { attemptId_itemId: { attemptId: attempt.id, itemId } } });
  if (!item || !answer) throw new AppError("NOT_FOUND", "Answer this question first.");
  if (!TYPED_KINDS.has(item.kind)) throw new AppError("CONFLICT", "Only typed answers can be marked as right.");
  if (answer.correct) throw new AppError("CONFLICT", "This answer was already graded right.");
  if (answer.overridden) return feedbackFor(item, answer);
  const changed = await db.quizAnswer.updateMany({ where: { id: answer.id, overridden: false }, data: { overridden: true, overriddenAt: now } });
  if (changed.count === 1) await db.quizAttempt.update({ where: { id: attempt.id }, data: { correct: { increment: 1 } } });
  return feedbackFor(item, { ...answer, overridden: true });
}

export type QuizOptions = { deckId: string; deckTitle: string; kindCounts: Record<string, number>; itemCount: number; factCount: number };

/** What a learner may choose from when starting a quiz on a deck they can read. */
export async function getQuizOptions(db: Db, { userId, deckId }: { userId: string; deckId: string }): Promise<QuizOptions> {
  const deck = await getReadableDeck(db, { userId, deckId });
  const [groups, factCount] = await Promise.all([
    db.item.groupBy({ by: ["kind"], where: { deckId, status: { not: "DISCARDED" } }, _count: { _all: true } }),
    db.fact.count({ where: { deckId, items: { some: { status: { not: "DISCARDED" } } } } }),
  ]);
  const kindCounts = Object.fromEntries(groups.map((group) => [group.kind, group._count._all]));
  return { deckId, deckTitle: deck.title, kindCounts, itemCount: groups.reduce((sum, group) => sum + group._count._all, 0), factCount };
}
