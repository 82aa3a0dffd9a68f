/**
 * A realistic class for the teacher dashboard: N students on one deck, each with quiz attempts
 * (ability per student, difficulty per item, a favourite wrong option per multiple-choice item)
 * and flashcard reviews spread over the last days. Deterministic for a given seed.
 *
 * CLI (into the database DATABASE_URL names, for the demo teacher and demo deck):
 *   DATABASE_URL=file:./data/factdeck.db npx tsx --conditions=react-server bench/seed-class.ts [students=30]
 */
import { createPrisma, type Db } from "@/lib/db/client";
import { generateJoinCode } from "@/lib/data/classes-join-code";
import { parseItemPayload } from "@/lib/data/item-payload";

export type SeededClass = { classId: string; assignmentId: string; studentIds: string[]; joinCode: string };

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;

export async function seedClass(
  db: Db,
  { teacherId, deckId, students = 30, now = new Date(), seed = 7, name = `Period ${students}` }: { teacherId: string; deckId: string; students?: number; now?: Date; seed?: number; name?: string },
): Promise<SeededClass> {
  const rng = mulberry32(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rng() * list.length)]!;
  const items = await db.item.findMany({ where: { deckId, status: { not: "DISCARDED" } }, orderBy: { position: "asc" }, select: { id: true, factId: true, kind: true, answer: true, payload: true } });
  const factIds = [...new Set(items.map((i) => i.factId))];
  const difficulty = new Map(items.map((i) => [i.id, rng() * 0.6]));
  const favouriteWrong = new Map(items.map((i) => [i.id, (parseItemPayload(i.payload).options ?? []).filter((o) => o !== i.answer)]));

  const classroom = await db.classroom.create({ data: { teacherId, name, section: "Bench", joinCode: generateJoinCode() } });
  const assignment = await db.assignment.create({
    data: { classroomId: classroom.id, deckId, mode: "BOTH", opensAt: new Date(now.getTime() - 7 * DAY), dueAt: new Date(now.getTime() + 2 * DAY), questionCount: 10, attemptsAllowed: 3, passMark: 70, spacedDays: 2 },
  });
  const stamp = `${seed}-${classroom.id.slice(-6)}`;
  const studentIds: string[] = [];
  for (let s = 0; s < students; s += 1) {
    const user = await db.user.create({ data: { email: `student${s + 1}-${stamp}@bench.test`, name: `Student ${String(s + 1).padStart(2, "0")}`, sessionsValidAfter: now } });
    studentIds.push(user.id);
    await db.enrollment.create({ data: { classroomId: classroom.id, userId: user.id, joinedAt: new Date(now.getTime() - 8 * DAY) } });
    const ability = 0.45 + rng() * 0.5;
    const attempts = s % 10 === 9 ? 0 : 1 + Math.floor(rng() * 3);
    for (let a = 0; a < attempts; a += 1) {
      const finishedAt = new Date(now.getTime() - (6 - a * 2) * DAY + rng() * 3_600_000);
      const drawn = [...items].sort(() => rng() - 0.5).slice(0, 10);
      const answers = drawn.map((item) => {
        const right = rng() < ability + 0.1 * a - difficulty.get(item.id)!;
        const wrong = favouriteWrong.get(item.id)!;
        const chosen = item.kind === "mcq" ? (right ? item.answer : rng() < 0.6 && wrong[0] ? wrong[0] : pick(wrong.length ? wrong : [item.answer])) : null;
        return { itemId: item.id, response: chosen ?? (right ? item.answer : "not sure"), correct: right, chosenOption: chosen, answeredAt: finishedAt, overridden: false };
      });
      const unfinished = a === attempts - 1 && s % 7 === 3;
      await db.quizAttempt.create({
        data: {
          userId: user.id,
          deckId,
          assignmentId: assignment.id,
          startedAt: new Date(finishedAt.getTime() - 600_000),
          finishedAt: unfinished ? null : finishedAt,
          total: answers.length,
          correct: answers.filter((x) => x.correct).length,
          answers: { create: answers },
        },
      });
    }
    // Every fifth student never reviews; every third reviews on three days; the rest on one to three.
    const reviewDays = s % 5 === 4 ? [] : s % 3 === 0 ? [6, 4, 1] : [6, 4, 1].slice(0, 1 + Math.floor(rng() * 3));
    for (const factId of factIds) {
      const card = await db.cardState.create({ data: { userId: user.id, factId, due: new Date(now.getTime() + DAY), reps: reviewDays.length, state: 2, version: reviewDays.length } });
      if (reviewDays.length === 0) continue;
      await db.reviewLog.createMany({
        data: reviewDays.map((days, version) => ({
          id: `${card.id}-${version}`,
          userId: user.id,
          factId,
          cardId: card.id,
          fromVersion: version,
          rating: rng() < Math.min(0.97, ability + 0.35) ? 3 : 1,
          source: "REVIEW",
          state: 2,
          due: new Date(now.getTime() + DAY),
          stability: 3,
          difficulty: 5,
          elapsedDays: 1,
          scheduledDays: 2,
          learningSteps: 0,
          reviewedAt: new Date(now.getTime() - days * DAY),
          durationMs: 4000,
        })),
      });
    }
  }
  return { classId: classroom.id, assignmentId: assignment.id, studentIds, joinCode: classroom.joinCode };
}

async function main() {
  const students = Number(process.argv[2] ?? 30);
  const db = createPrisma();
  try {
    const teacher = await db.user.findUniqueOrThrow({ where: { email: "teacher@factdeck.test" }, select: { id: true } });
    const deck = await db.deck.findUniqueOrThrow({ where: { slug: "budapest-summit" }, select: { id: true } });
    const seeded = await seedClass(db, { teacherId: teacher.id, deckId: deck.id, students, seed: Date.now() % 100000 });
    console.log(`seeded ${students} students: /classes/${seeded.classId}/assignments/${seeded.assignmentId} (join code ${seeded.joinCode})`);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1]?.endsWith("seed-class.ts")) {
  main().catch((error: unknown) => {
    console.error(`seed-class failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
