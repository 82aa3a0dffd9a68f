import "server-only";
import type { Db } from "@/lib/db/client";
import { readRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AssignmentRules, AttemptFacts, RecallFacts } from "./analytics-status";

type AssignmentRow = AssignmentRules & { id: string; deckId: string; createdAt: Date };

export type ProgressInputs = { rules: AssignmentRules; factIds: string[]; attempts: AttemptFacts[]; recalls: RecallFacts[] };

/** Where work for an assignment starts counting: its open date, else when it was set. */
export function countingFrom(assignment: { opensAt: Date | null; createdAt: Date }): Date {
  return assignment.opensAt ?? assignment.createdAt;
}

/**
 * Everything computeProgress needs for these assignments and students, in three queries
 * (facts with live items, the assignments' quiz attempts, the students' recalls on those facts).
 */
export async function loadProgressInputs(db: Db, { assignments, userIds }: { assignments: AssignmentRow[]; userIds: string[] }) {
  const deckIds = [...new Set(assignments.map((a) => a.deckId))];
  const since = assignments.length > 0 ? new Date(Math.min(...assignments.map((a) => countingFrom(a).getTime()))) : new Date();
  const assignmentIds = assignments.map((a) => a.id);
  // SQL, not the query builder: this feeds the home page and every class dashboard (docs/performance.md).
  const [facts, attempts, recalls] =
    assignments.length === 0 || userIds.length === 0
      ? [[], [], []]
      : await Promise.all([
          readRows<{ id: string; deckId: string }>(db, Prisma.sql`
            SELECT f."id", f."deckId" FROM "Fact" f
            WHERE f."deckId" IN (${Prisma.join(deckIds)})
              AND EXISTS (SELECT 1 FROM "Item" i WHERE i."factId" = f."id" AND i."status" <> 'DISCARDED')`),
          readRows<(AttemptFacts & { assignmentId: string; userId: string })>(db, Prisma.sql`
            SELECT q."assignmentId", q."userId", q."startedAt", q."finishedAt", q."total", q."correct" FROM "QuizAttempt" q
            WHERE q."assignmentId" IN (${Prisma.join(assignmentIds)}) AND q."userId" IN (${Prisma.join(userIds)})`),
          readRows<(RecallFacts & { userId: string })>(db, Prisma.sql`
            SELECT r."userId", r."factId", r."reviewedAt", r."rating", r."source" FROM "ReviewLog" r JOIN "Fact" f ON f."id" = r."factId"
            WHERE r."userId" IN (${Prisma.join(userIds)}) AND f."deckId" IN (${Prisma.join(deckIds)})
              AND r."reviewedAt" >= ${since} AND r."undoneAt" IS NULL AND r."source" IN ('REVIEW', 'QUIZ')`),
        ]);

  const factsByDeck = group(facts, (f) => f.deckId);
  const attemptsByKey = group(attempts, (a) => `${a.assignmentId}:${a.userId}`);
  const recallsByUser = group(recalls, (r) => r.userId);
  const byId = new Map(assignments.map((a) => [a.id, a]));

  return {
    for(assignmentId: string, userId: string): ProgressInputs {
      const assignment = byId.get(assignmentId);
      if (!assignment) throw new Error(`assignment ${assignmentId} was not loaded`);
      const factIds = (factsByDeck.get(assignment.deckId) ?? []).map((f) => f.id);
      const factSet = new Set(factIds);
      const from = countingFrom(assignment);
      return {
        rules: assignment,
        factIds,
        attempts: attemptsByKey.get(`${assignmentId}:${userId}`) ?? [],
        recalls: (recallsByUser.get(userId) ?? []).filter((r) => factSet.has(r.factId) && r.reviewedAt >= from),
      };
    },
  };
}

function group<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}
