/**
 * `npm run bench:reviews:queue`: the due queue as data grows. Seeds 1,000,000 card states
 * (1,000 users × 1,000 facts) in a throwaway SQLite file, then times, for random users, the
 * card-state query that builds a review session (raw SQL and through Prisma, as
 * lib/data/reviews-queue.ts issues it) and the whole getReviewSession; prints the query plan.
 * Bar: ≤ 5 ms median on SQLite, the plan searching CardState by an index.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { createPrisma } from "@/lib/db/client";
import { dueCardStates, getReviewSession } from "@/lib/data/reviews-queue";
import { studyDayAt } from "@/lib/srs";

const USERS = Number(process.env.BENCH_USERS ?? 1000);
const FACTS = Number(process.env.BENCH_FACTS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const DIR = ".tmp/bench-reviews-queue";
const FILE = path.join(DIR, "queue.db");
const NOW = new Date(Date.UTC(2026, 5, 1, 12));
const DAY = 86_400_000;
/** DateTime as the Prisma SQLite adapter stores it (ISO text), so comparisons match the app's. */
const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
const NOW_ISO = iso(NOW.getTime());

function migrate(raw: Database.Database) {
  const dir = path.join("prisma", "migrations", "sqlite");
  for (const name of fs.readdirSync(dir).filter((entry) => fs.statSync(path.join(dir, entry)).isDirectory()).sort()) raw.exec(fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
}

/** A small deterministic generator, so every run seeds the same data. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

function seed(raw: Database.Database): string {
  const random = rng(7);
  const started = performance.now();
  const deckId = "bench-deck";
  raw.prepare(`INSERT INTO "Deck" (id, title, visibility, createdAt, updatedAt) VALUES (?, 'Shipped bench deck', 'PRIVATE', ?, ?)`).run(deckId, NOW_ISO, NOW_ISO);
  const fact = raw.prepare(`INSERT INTO "Fact" (id, deckId, position, statement, sourceSentence, spanStart, spanEnd, createdAt) VALUES (?, ?, ?, ?, ?, 0, 5, ?)`);
  const item = raw.prepare(`INSERT INTO "Item" (id, deckId, factId, position, kind, prompt, answer, rule, status, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'cloze', ?, ?, 'bench', 'ACCEPTED', ?, ?)`);
  const user = raw.prepare(`INSERT INTO "User" (id, email, role, sessionsValidAfter, createdAt, updatedAt) VALUES (?, ?, 'STUDENT', ?, ?, ?)`);
  const card = raw.prepare(
    `INSERT INTO "CardState" (id, userId, factId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, suspended, version, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, 5, 0, ?, 0, 3, 0, 2, ?, 0, 3, ?, ?)`,
  );
  raw.transaction(() => {
    for (let f = 0; f < FACTS; f++) {
      fact.run(`f${f}`, deckId, f, `Fact ${f}`, `Fact ${f}.`, NOW_ISO);
      item.run(`i${f}`, deckId, `f${f}`, f, `Prompt ${f} _____`, `answer ${f}`, NOW_ISO, NOW_ISO);
    }
    for (let u = 0; u < USERS; u++) user.run(`u${u}`, `u${u}@bench.test`, NOW_ISO, NOW_ISO, NOW_ISO);
  })();
  const insertUser = raw.transaction((u: number) => {
    for (let f = 0; f < FACTS; f++) {
      // Due dates from 30 days ago to a year ahead: about 8% of each user's cards are due today.
      const due = NOW.getTime() + Math.floor((random() * 395 - 30) * DAY);
      const interval = 1 + Math.floor(random() * 100);
      card.run(`c${u}-${f}`, `u${u}`, `f${f}`, iso(due), interval, interval, iso(due - interval * DAY), NOW_ISO, NOW_ISO);
    }
  });
  for (let u = 0; u < USERS; u++) insertUser(u);
  raw.exec("ANALYZE");
  console.log(`seeded ${USERS} users × ${FACTS} facts = ${(USERS * FACTS).toLocaleString("en")} card states in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return deckId;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)]!;

async function main() {
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  const raw = new Database(FILE);
  raw.pragma("journal_mode = WAL");
  migrate(raw);
  const deckId = seed(raw);
  // The demo-deck rule makes a deck with no owner readable by everyone signed in.
  raw.prepare(`UPDATE "Deck" SET ownerId = NULL WHERE id = ?`).run(deckId);

  const dayEnd = studyDayAt(NOW, "UTC", 4).end.getTime();
  // The statement dueCardStates sends (lib/data/reviews-queue.ts).
  const sql = `SELECT c."factId", f."deckId", c."due", c."stability", c."difficulty", c."elapsedDays", c."scheduledDays", c."learningSteps", c."reps", c."lapses", c."state", c."lastReview"
    FROM "CardState" c JOIN "Fact" f ON f."id" = c."factId"
    WHERE c."userId" = ? AND c."suspended" = false AND c."due" < ? ORDER BY c."due" ASC LIMIT 5000`;
  console.log("\nEXPLAIN QUERY PLAN (the due-card query):");
  for (const row of raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all("u1", iso(dayEnd)) as { detail: string }[]) console.log(`  ${row.detail}`);
  const statement = raw.prepare(sql);
  const random = rng(11);
  const pick = () => `u${Math.floor(random() * USERS)}`;
  const rawTimes: number[] = [];
  let rows = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    rows += statement.all(pick(), iso(dayEnd)).length;
    rawTimes.push(performance.now() - started);
  }
  raw.close();

  const db = createPrisma(`file:${FILE}`);
  const prismaTimes: number[] = [];
  const floorTimes: number[] = [];
  const sessionTimes: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const userId = pick();
      let started = performance.now();
      await db.user.findUnique({ where: { id: userId }, select: { id: true } });
      floorTimes.push(performance.now() - started);
      started = performance.now();
      await dueCardStates(db, userId, new Date(dayEnd));
      prismaTimes.push(performance.now() - started);
      started = performance.now();
      await getReviewSession(db, { userId, deckId, now: NOW });
      sessionTimes.push(performance.now() - started);
    }
  } finally {
    await db.$disconnect();
  }
  const line = (label: string, times: number[]) => `| ${label} | ${median(times).toFixed(2)} | ${p95(times).toFixed(2)} |`;
  console.log(`\n${RUNS} random users, ${(rows / RUNS).toFixed(0)} due cards each on average\n`);
  console.log("| query | median ms | p95 ms |\n| --- | --- | --- |");
  console.log(line("baseline: one user by primary key, Prisma", floorTimes));
  console.log(line("due cards, raw SQL (better-sqlite3)", rawTimes));
  console.log(line("due cards, dueCardStates through Prisma (as getReviewSession issues it)", prismaTimes));
  console.log(line("whole getReviewSession (settings, limits, new cards, fronts, previews)", sessionTimes));
  const ok = median(prismaTimes) <= 5;
  console.log(`\nbar: due-card query ≤ 5 ms median on SQLite: ${median(prismaTimes).toFixed(2)} ms — ${ok ? "met" : "NOT met"}`);
  fs.rmSync(DIR, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(`bench:reviews:queue failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
