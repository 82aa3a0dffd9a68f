/**
 * `npm run bench:reviews`: review submission (POST /api/reviews) against a plain signed-in
 * Prisma insert and a trivial route, on SQLite and on PostgreSQL, with autocannon against
 * `next start` on 127.0.0.1 (50 connections, 20 s each by default).
 *
 * Needs a build: `npm run build && npm run bench:reviews` (NEXT_DIST_DIR picks another build folder).
 * The insert baseline is POST /api/reviews/bench-insert, which answers 404 unless the server runs
 * with FACTDECK_BENCH_ROUTES=1: only this script sets it.
 * BENCH_DATABASES=sqlite,postgresql; BENCH_PG_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import autocannon from "autocannon";
import { Client } from "pg";
import { createPrisma } from "@/lib/db/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed";
import { sessionCookie, startServer, waitForServer } from "./http-server";

const PORT = Number(process.env.BENCH_PORT ?? 3213);
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const FACTS = 5_000;
const WARMUP = 300;
const DATABASES = (process.env.BENCH_DATABASES ?? "sqlite,postgresql").split(",");
const PG_SERVER = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const DATA_DIR = `.tmp/bench-reviews-${PORT}`;

type Sample = { label: string; reqPerSec: number; p50: number; p99: number; ok: number; errors: number; breakdown: string };

async function freshDatabaseUrl(kind: string): Promise<string> {
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  fs.mkdirSync(DATA_DIR, { recursive: true });
  if (kind === "sqlite") return `file:./${DATA_DIR}/factdeck.db`;
  const client = new Client({ connectionString: PG_SERVER });
  await client.connect();
  await client.query('DROP DATABASE IF EXISTS "factdeck_bench_reviews" WITH (FORCE)');
  await client.query('CREATE DATABASE "factdeck_bench_reviews"');
  await client.end();
  const url = new URL(PG_SERVER);
  url.pathname = "/factdeck_bench_reviews";
  return url.toString();
}

/** Migrations, demo accounts, and a deck of FACTS facts owned by the demo student. */
async function prepare(databaseUrl: string) {
  process.env.DATABASE_URL = databaseUrl;
  process.env.FACTDECK_DATA_DIR = DATA_DIR;
  const { setup } = await import("../scripts/setup");
  await setup();
  const db = createPrisma(databaseUrl);
  try {
    const student = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.student.email } });
    const deck = await db.deck.create({ data: { title: "Bench deck", ownerId: student.id } });
    const facts = Array.from({ length: FACTS }, (_, position) => ({ id: `bench-fact-${position}`, deckId: deck.id, position, statement: `Fact ${position}`, sourceSentence: `Fact ${position}.`, spanStart: 0, spanEnd: 5 }));
    for (let at = 0; at < facts.length; at += 1000) await db.fact.createMany({ data: facts.slice(at, at + 1000) });
    const card = await db.cardState.create({ data: { userId: student.id, factId: facts[0]!.id, due: new Date() } });
    return { db, card: card.id, factIds: facts.map((fact) => fact.id) };
  } catch (error) {
    await db.$disconnect();
    throw error;
  }
}

async function run(label: string, options: autocannon.Options): Promise<Sample> {
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  return { label, reqPerSec: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, ok: result["2xx"], errors: result.errors + result.timeouts + result.non2xx, breakdown: `${result.errors} / ${result.timeouts} / ${result.non2xx}` };
}

/** What one rating load sent and what came back: each request's id, the bodies sent, the ids answered 200. */
type Ledger = { bodies: Map<string, string>; acknowledged: Set<string> };

function newLedger(): Ledger {
  return { bodies: new Map(), acknowledged: new Set() };
}

function reviewRequests(path: string, factIds: string[], cookie: string, { ledger, extra = {} }: { ledger?: Ledger; extra?: Record<string, string> } = {}): autocannon.Options["requests"] {
  let next = 0;
  return [
    {
      method: "POST",
      path,
      headers: { "content-type": "application/json", cookie, ...extra },
      setupRequest: (request, context) => {
        const id = randomUUID();
        const body = JSON.stringify({ id, factId: factIds[next++ % factIds.length], rating: (next % 4) + 1, durationMs: 1500 });
        ledger?.bodies.set(id, body);
        (context as { id?: string }).id = id;
        return { ...request, body };
      },
      onResponse: (status, _body, context) => {
        if (status === 200) ledger?.acknowledged.add((context as { id: string }).id);
      },
    },
  ];
}

/**
 * autocannon stops at the deadline with requests still in flight: the server may store them
 * though no answer arrives. A real client retries those with the same id (components/review
 * queues ratings), so do that, and count what the retries store.
 */
async function retryUnanswered(base: string, cookie: string, ledger: Ledger): Promise<{ retried: number; answered: number }> {
  const unanswered = [...ledger.bodies].filter(([id]) => !ledger.acknowledged.has(id));
  let answered = 0;
  for (const [id, body] of unanswered) {
    const response = await fetch(`${base}/api/reviews`, { method: "POST", headers: { "content-type": "application/json", cookie }, body });
    if (response.ok) {
      ledger.acknowledged.add(id);
      answered += 1;
    }
  }
  return { retried: unanswered.length, answered };
}

async function benchDatabase(kind: string) {
  const databaseUrl = await freshDatabaseUrl(kind);
  const { db, card, factIds } = await prepare(databaseUrl);
  process.env.FACTDECK_BENCH_ROUTES = "1";
  const server = startServer({ name: kind, port: PORT, distDir: DIST_DIR, databaseUrl, dataDir: DATA_DIR });
  try {
    await waitForServer(server);
    const cookie = await sessionCookie(server.base, DEMO_ACCOUNTS.student.email, DEMO_PASSWORD);
    const url = server.base;
    const ledger = newLedger();
    const insert = { url, requests: reviewRequests("/api/reviews/bench-insert", factIds, cookie, { extra: { "x-bench-card": card } }) };
    const review = { url, requests: reviewRequests("/api/reviews", factIds, cookie, { ledger }) };
    // Warm up every route (compilation caches, connection pools), then measure.
    for (const options of [{ url: `${url}/api/health` }, insert, review]) await autocannon({ connections: 10, amount: WARMUP, ...options });
    const samples = [await run("GET /api/health (trivial)", { url: `${url}/api/health` }), await run("POST plain Prisma insert (signed in)", insert), await run("POST /api/reviews (signed in)", review)];
    const cutOff = ledger.bodies.size - ledger.acknowledged.size;
    const retry = await retryUnanswered(url, cookie, ledger);
    // Every acknowledged rating (warm-up, run and retries) must be exactly one log and one version step, and nothing else stored.
    const stored = new Set((await db.reviewLog.findMany({ where: { source: "REVIEW" }, select: { id: true } })).map((log) => log.id));
    const versions = (await db.cardState.aggregate({ _sum: { version: true } }))._sum.version ?? 0;
    const lost = [...ledger.acknowledged].filter((id) => !stored.has(id)).length;
    report(kind, samples, { logs: stored.size, versions, acknowledged: ledger.acknowledged.size, cutOff, retry, lost });
  } finally {
    await server.stop();
    await db.$disconnect();
  }
}

function report(
  kind: string,
  samples: Sample[],
  { logs, versions, acknowledged, cutOff, retry, lost }: { logs: number; versions: number; acknowledged: number; cutOff: number; retry: { retried: number; answered: number }; lost: number },
) {
  const [, insert, review] = samples as [Sample, Sample, Sample];
  console.log(`\n### ${kind}: ${CONNECTIONS} connections, ${SECONDS} s per route, build ${DIST_DIR}\n`);
  console.log("| route | req/s | p50 ms | p99 ms | 2xx | errors + non-2xx | (errors / timeouts / non-2xx) |");
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const s of samples) console.log(`| ${s.label} | ${s.reqPerSec} | ${s.p50} | ${s.p99} | ${s.ok} | ${s.errors} | ${s.breakdown} |`);
  const ratio = review.reqPerSec / insert.reqPerSec;
  const verdict = (ok: boolean) => (ok ? "met" : "NOT met");
  console.log("");
  console.log(`ratio review / insert: ${ratio.toFixed(2)}× — bar ≥ 0.8×: ${verdict(ratio >= 0.8)}`);
  console.log(`review p99: ${review.p99} ms — bar ≤ 100 ms: ${verdict(review.p99 <= 100)}`);
  console.log(`errors: ${review.errors + insert.errors} — bar 0: ${verdict(review.errors + insert.errors === 0)}`);
  console.log(`in flight when the run stopped: ${cutOff}; retried with the same id: ${retry.retried}, answered 200: ${retry.answered}`);
  console.log(`review logs stored: ${logs}, card versions advanced: ${versions}, ratings acknowledged (warm-up + run + retries): ${acknowledged}, acknowledged but not stored: ${lost} — bar equal: ${verdict(logs === acknowledged && versions === acknowledged && lost === 0)}`);
}

async function main() {
  for (const kind of DATABASES) await benchDatabase(kind.trim());
}

main().catch((error: unknown) => {
  console.error(`bench:reviews failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
