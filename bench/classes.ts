/**
 * How long the teacher's assignment dashboard takes for a class of 30 students (each with quiz
 * attempts and flashcard reviews), next to baselines measured in the same run: /login (a page
 * without a session) and the same dashboard for an empty class. Also times the data functions
 * in-process, so a slow page can be told apart from slow queries.
 *
 * Needs a build: `NEXT_DIST_DIR=.next-x npm run build && NEXT_DIST_DIR=.next-x npm run bench:classes`
 * (BENCH_STUDENTS=30, BENCH_RUNS=30).
 */
import fs from "node:fs";
import { createPrisma, type Db } from "@/lib/db/client";
import { getAssignmentProgress, getItemAnalysis } from "@/lib/data/analytics";
import { DEMO_ACCOUNTS, DEMO_DECK_SLUG, DEMO_PASSWORD } from "@/prisma/seed";
import { sessionCookie, startServer, waitForServer } from "./http-server";
import { seedClass } from "./seed-class";

const PORT = Number(process.env.BENCH_PORT ?? 3410);
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 30);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const DATA_DIR = `.tmp/bench-classes-${PORT}`;
const DATABASE_URL = `file:./${DATA_DIR}/factdeck.db`;

type Stats = { median: number; p95: number };

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: Math.round(at(0.5) * 10) / 10, p95: Math.round(at(0.95) * 10) / 10 };
}

async function time(work: () => Promise<unknown>, runs = RUNS): Promise<Stats> {
  for (let i = 0; i < 3; i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

async function prepare(db: Db) {
  const teacher = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.teacher.email }, select: { id: true } });
  const deck = await db.deck.findUniqueOrThrow({ where: { slug: DEMO_DECK_SLUG }, select: { id: true } });
  const full = await seedClass(db, { teacherId: teacher.id, deckId: deck.id, students: STUDENTS, name: "Bench full" });
  const empty = await seedClass(db, { teacherId: teacher.id, deckId: deck.id, students: 0, name: "Bench empty" });
  const counts = {
    attempts: await db.quizAttempt.count({ where: { assignmentId: full.assignmentId } }),
    answers: await db.quizAnswer.count({ where: { attempt: { assignmentId: full.assignmentId } } }),
    reviews: await db.reviewLog.count({ where: { userId: { in: full.studentIds } } }),
  };
  return { teacherId: teacher.id, full, empty, counts };
}

async function main() {
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  process.env.DATABASE_URL = DATABASE_URL;
  process.env.FACTDECK_DATA_DIR = DATA_DIR;
  const { setup } = await import("../scripts/setup");
  await setup();
  const db = createPrisma(DATABASE_URL);
  const server = startServer({ name: "current", port: PORT, distDir: DIST_DIR, databaseUrl: DATABASE_URL, dataDir: DATA_DIR });
  try {
    const { teacherId, full, empty, counts } = await prepare(db);
    console.log(`class of ${STUDENTS}: ${counts.attempts} attempts, ${counts.answers} answers, ${counts.reviews} reviews; ${RUNS} sequential runs each\n`);

    const data = async (c: typeof full) => {
      await getAssignmentProgress(db, { userId: teacherId, classId: c.classId, assignmentId: c.assignmentId });
      await getItemAnalysis(db, { userId: teacherId, classId: c.classId, assignmentId: c.assignmentId });
    };
    const dataEmpty = await time(() => data(empty));
    const dataFull = await time(() => data(full));

    await waitForServer(server);
    const cookie = await sessionCookie(server.base, DEMO_ACCOUNTS.teacher.email, DEMO_PASSWORD);
    const get = (path: string, withCookie = true) => async () => {
      const response = await fetch(`${server.base}${path}`, { headers: withCookie ? { cookie } : {}, redirect: "manual" });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
    };
    const page = (c: typeof full) => `/classes/${c.classId}/assignments/${c.assignmentId}`;
    const login = await time(get("/login", false));
    const pageEmpty = await time(get(page(empty)));
    const pageFull = await time(get(page(full)));
    const csvFull = await time(get(`/api/classes/${full.classId}/assignments/${full.assignmentId}/grades`));
    const login2 = await time(get("/login", false));

    console.log("| measurement | median ms | p95 ms |");
    console.log("| --- | --- | --- |");
    const row = (label: string, s: Stats) => console.log(`| ${label} | ${s.median} | ${s.p95} |`);
    row("data: progress + item analysis, empty class (baseline)", dataEmpty);
    row(`data: progress + item analysis, ${STUDENTS} students`, dataFull);
    row("GET /login, no session (baseline, first)", login);
    row("GET dashboard, empty class (baseline)", pageEmpty);
    row(`GET dashboard, ${STUDENTS} students`, pageFull);
    row(`GET grades CSV, ${STUDENTS} students`, csvFull);
    row("GET /login, no session (baseline, last)", login2);
  } finally {
    await server.stop();
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:classes failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
