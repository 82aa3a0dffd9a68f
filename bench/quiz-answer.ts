/**
 * Server time of grading one quiz answer (lib/data answerQuestion on a fresh SQLite file with
 * the demo deck), next to a one-query baseline measured in the same run.
 * usage: npx tsx bench/quiz-answer.ts
 */
import { createSqliteTestDb } from "../__tests__/helpers/test-db";
import { answerQuestion, startQuiz } from "../lib/data/quiz";
import { seed } from "../prisma/seed";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main() {
  const testDb = await createSqliteTestDb();
  const { db } = testDb;
  const now = new Date();
  const { deckId } = await seed(db, { demoAccounts: false, now });
  const user = await db.user.create({ data: { email: "bench@example.com", sessionsValidAfter: now } });
  const baseline: number[] = [];
  const grading: number[] = [];
  for (let round = 0; round < 8; round++) {
    const { attemptId } = await startQuiz(db, { userId: user.id, deckId, length: "all", kinds: [], seed: round, now });
    const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    for (const itemId of JSON.parse(attempt.itemIds) as string[]) {
      const item = await db.item.findUniqueOrThrow({ where: { id: itemId } });
      const payload = JSON.parse(item.payload);
      const response =
        item.kind === "mcq" ? { type: "choice" as const, option: payload.options[0] }
        : item.kind === "true_false" ? { type: "truth" as const, value: true }
        : item.kind === "matching" ? { type: "pairs" as const, pairs: payload.pairs }
        : item.kind === "ordering" ? { type: "sequence" as const, sequence: payload.sequence }
        : { type: "text" as const, text: `${item.answer}x` };
      let started = performance.now();
      await db.user.findUnique({ where: { id: user.id }, select: { id: true } });
      baseline.push(performance.now() - started);
      started = performance.now();
      await answerQuestion(db, { userId: user.id, attemptId, itemId, response, timeMs: 1000, now });
      grading.push(performance.now() - started);
    }
  }
  console.log(`answers: ${grading.length}`);
  console.log(`one-query baseline: median ${median(baseline).toFixed(2)} ms`);
  console.log(`answerQuestion (grade + store + review): median ${median(grading).toFixed(2)} ms, max ${Math.max(...grading).toFixed(2)} ms`);
  await testDb.cleanup();
}

void main();
