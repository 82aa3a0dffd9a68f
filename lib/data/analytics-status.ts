import "server-only";
import type { AssignmentStatus } from "@/lib/classes/status";

/**
 * Pure progress rules for one student on one assignment (no I/O): what "done", "late" and
 * "mastered" mean. Shared by the student's list, the teacher's table and the CSV export.
 */
export type { AssignmentStatus };

export type AssignmentRules = {
  mode: string;
  opensAt: Date | null;
  dueAt: Date | null;
  passMark: number | null;
  spacedDays: number | null;
};

export type AttemptFacts = { startedAt: Date; finishedAt: Date | null; total: number; correct: number };
export type RecallFacts = { factId: string; reviewedAt: Date; rating: number; source: string };

export type StudentProgress = {
  status: AssignmentStatus;
  /** done, but after the due date */
  completedLate: boolean;
  completedAt: Date | null;
  attempts: number;
  bestScore: number | null;
  latestScore: number | null;
  quizPassed: boolean;
  reviews: number;
  factsMastered: number;
  factCount: number;
  lastActiveAt: Date | null;
};

/** Recalls closer together than this count once: a second look the same evening is cramming. */
export const SPACING_HOURS = 20;
const SPACING_MS = SPACING_HOURS * 3600 * 1000;

export function scorePercent(attempt: { total: number; correct: number }): number {
  return attempt.total > 0 ? Math.round((attempt.correct / attempt.total) * 100) : 0;
}

/** When each fact first reached `spacedDays` recalls at least SPACING_HOURS apart (absent: not yet). */
export function masteredAt(recalls: RecallFacts[], spacedDays: number): Map<string, Date> {
  const byFact = new Map<string, Date[]>();
  for (const recall of recalls) {
    if (recall.rating < 2) continue;
    const list = byFact.get(recall.factId) ?? [];
    list.push(recall.reviewedAt);
    byFact.set(recall.factId, list);
  }
  const mastered = new Map<string, Date>();
  for (const [factId, times] of byFact) {
    times.sort((a, b) => a.getTime() - b.getTime());
    let counted = 0;
    let last = -Infinity;
    for (const time of times) {
      if (time.getTime() - last < SPACING_MS) continue;
      counted += 1;
      last = time.getTime();
      if (counted >= spacedDays) {
        mastered.set(factId, time);
        break;
      }
    }
  }
  return mastered;
}

export function computeProgress({
  rules,
  factIds,
  attempts,
  recalls,
  now,
}: {
  rules: AssignmentRules;
  factIds: string[];
  attempts: AttemptFacts[];
  recalls: RecallFacts[];
  now: Date;
}): StudentProgress {
  const finished = attempts.filter((a) => a.finishedAt !== null).sort((a, b) => a.finishedAt!.getTime() - b.finishedAt!.getTime());
  const scores = finished.map(scorePercent);
  const passMark = rules.passMark ?? 0;
  const passing = finished.find((a) => scorePercent(a) >= passMark);

  const facts = new Set(factIds);
  const deckRecalls = recalls.filter((r) => facts.has(r.factId));
  const mastered = masteredAt(deckRecalls, rules.spacedDays ?? 2);

  const needsQuiz = rules.mode !== "FLASHCARDS";
  const needsCards = rules.mode !== "QUIZ";
  const cardsDone = factIds.length > 0 && mastered.size === facts.size;
  const cardsDoneAt = cardsDone ? new Date(Math.max(...[...mastered.values()].map((d) => d.getTime()))) : null;
  const quizDoneAt = passing?.finishedAt ?? null;

  const done = (!needsQuiz || quizDoneAt !== null) && (!needsCards || cardsDoneAt !== null);
  const completedAt = done ? new Date(Math.max(needsQuiz ? quizDoneAt!.getTime() : 0, needsCards ? cardsDoneAt!.getTime() : 0)) : null;

  const activity = [...attempts.map((a) => (a.finishedAt ?? a.startedAt).getTime()), ...deckRecalls.map((r) => r.reviewedAt.getTime())];
  const lastActiveAt = activity.length > 0 ? new Date(Math.max(...activity)) : null;

  let status: AssignmentStatus;
  if (done) status = "DONE";
  else if (rules.dueAt && now > rules.dueAt) status = "LATE";
  else status = lastActiveAt ? "IN_PROGRESS" : "NOT_STARTED";

  return {
    status,
    completedLate: done && rules.dueAt !== null && completedAt! > rules.dueAt,
    completedAt,
    attempts: attempts.length,
    bestScore: scores.length > 0 ? Math.max(...scores) : null,
    latestScore: scores.length > 0 ? scores[scores.length - 1]! : null,
    quizPassed: quizDoneAt !== null,
    reviews: deckRecalls.filter((r) => r.source === "REVIEW").length,
    factsMastered: [...mastered.keys()].filter((id) => facts.has(id)).length,
    factCount: facts.size,
    lastActiveAt,
  };
}
