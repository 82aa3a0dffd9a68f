import "server-only";
import type { Db } from "@/lib/db/client";
import { feedbackFor, loadAttemptWithAnswers, type QuestionFeedback } from "./quiz";

export type AttemptResultQuestion = { itemId: string; kind: string; prompt: string; feedback: QuestionFeedback | null; timeMs: number };

export type AttemptResults = {
  attemptId: string;
  deckId: string;
  deckTitle: string;
  startedAt: Date;
  finishedAt: Date | null;
  total: number;
  correct: number;
  /** time spent answering: the sum of the answers' times */
  timeMs: number;
  missed: number;
  questions: AttemptResultQuestion[];
};

/** One of the user's own attempts with every question, the answer given, the key and its sentence. */
export async function getAttemptResults(db: Db, { userId, attemptId }: { userId: string; attemptId: string }): Promise<AttemptResults> {
  const { attempt, answers, questions: rows } = await loadAttemptWithAnswers(db, { userId, attemptId });
  const questions = rows.map(({ item, answer }) => ({
    itemId: item.id,
    kind: item.kind,
    prompt: item.prompt,
    feedback: answer ? feedbackFor(item, answer) : null,
    timeMs: answer?.timeMs ?? 0,
  }));
  const correct = answers.filter((answer) => answer.correct || answer.overridden).length;
  return {
    attemptId,
    deckId: attempt.deckId,
    deckTitle: attempt.deck.title,
    startedAt: attempt.startedAt,
    finishedAt: attempt.finishedAt,
    total: rows.length,
    correct,
    timeMs: answers.reduce((sum, answer) => sum + answer.timeMs, 0),
    missed: answers.length - correct,
    questions,
  };
}

export type AttemptSummary = {
  attemptId: string;
  deckId: string;
  deckTitle: string;
  startedAt: Date;
  finishedAt: Date | null;
  total: number;
  answered: number;
  correct: number;
  percent: number;
};

export type DeckHistory = {
  deckId: string;
  deckTitle: string;
  points: { attemptId: string; at: Date; percent: number }[];
  best: number;
  latest: number;
};

export type QuizHistory = { attempts: AttemptSummary[]; unfinished: AttemptSummary[]; decks: DeckHistory[] };

const HISTORY_LIMIT = 200;

function percentOf(correct: number, total: number): number {
  return total > 0 ? Math.round((100 * correct) / total) : 0;
}

/** The user's own attempts, newest first, the unfinished ones to resume, and per-deck score history. */
export async function listQuizHistory(db: Db, { userId }: { userId: string }): Promise<QuizHistory> {
  const rows = await db.quizAttempt.findMany({
    where: { userId },
    orderBy: { startedAt: "desc" },
    take: HISTORY_LIMIT,
    select: {
      id: true,
      deckId: true,
      startedAt: true,
      finishedAt: true,
      total: true,
      correct: true,
      deck: { select: { title: true } },
      _count: { select: { answers: true } },
    },
  });
  const attempts = rows.map((row) => ({
    attemptId: row.id,
    deckId: row.deckId,
    deckTitle: row.deck.title,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    total: row.total,
    answered: row._count.answers,
    correct: row.correct,
    percent: percentOf(row.correct, row.total),
  }));
  const decks = new Map<string, DeckHistory>();
  for (const attempt of [...attempts].reverse()) {
    if (!attempt.finishedAt) continue;
    const deck = decks.get(attempt.deckId) ?? { deckId: attempt.deckId, deckTitle: attempt.deckTitle, points: [], best: 0, latest: 0 };
    deck.points.push({ attemptId: attempt.attemptId, at: attempt.finishedAt, percent: attempt.percent });
    deck.best = Math.max(deck.best, attempt.percent);
    deck.latest = attempt.percent;
    decks.set(attempt.deckId, deck);
  }
  return {
    attempts,
    unfinished: attempts.filter((attempt) => !attempt.finishedAt),
    decks: [...decks.values()].sort((a, b) => b.points.at(-1)!.at.getTime() - a.points.at(-1)!.at.getTime()),
  };
}
