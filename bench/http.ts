/**
 * HTTP throughput of `next start` on 127.0.0.1 against a throwaway SQLite database (or the
 * PostgreSQL database BENCH_DATABASE_URL names). Every route is reported against two baselines
 * measured in the same run, because this machine is noisy: /api/health (one query) and /login
 * (a page rendered without a session).
 *
 * Needs a build: `NEXT_DIST_DIR=.next-x npm run build && NEXT_DIST_DIR=.next-x npm run bench:http`.
 * BENCH_COMPARE_DIST_DIR=<another build> measures that build too, on BENCH_PORT+1, route by route in
 * the same run (before/after a change; an absolute path serves a build of another checkout from
 * there). BENCH_CPU_PROF_DIR=<dir> runs the servers under `node --cpu-prof` (the compare build's
 * profile goes to <dir>/compare); summarise with `npm run bench:profile -- <dir> <route key>`.
 * BENCH_ROUTES=home,api-decks limits the routes (the baselines always run). BENCH_PASSES=N runs
 * the routes N times, the baselines before and after each pass; tables show medians and each bar
 * the median of its per-pass ratios (each pass against the baseline runs around it).
 */
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { createPrisma } from "@/lib/db/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed";
import { benchRoutes, builtEntries, demoIds, type Account, type BenchRoute } from "./http-routes";
import { cpuTimeMs, sessionCookie, startServer, waitForServer, type BenchServer } from "./http-server";

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const COMPARE_DIST_DIR = process.env.BENCH_COMPARE_DIST_DIR;
const CPU_PROF_DIR = process.env.BENCH_CPU_PROF_DIR ? path.resolve(process.env.BENCH_CPU_PROF_DIR) : undefined;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ONLY = process.env.BENCH_ROUTES?.split(",").map((key) => key.trim());
const PASSES = Math.max(1, Number(process.env.BENCH_PASSES ?? 1));
const DATA_DIR = `.tmp/bench-http-${PORT}`;
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? `file:./${DATA_DIR}/factdeck.db`;

type Sample = { reqPerSec: number; p50: number; p99: number; non2xx: number; errors: number; cpuMsPerRequest: number };
type Window = { key: string; server: string; startUs: number; endUs: number };

const nowUs = () => Number(process.hrtime.bigint() / 1000n);

async function load(server: BenchServer, url: string, headers: Record<string, string>, options: { duration?: number; amount?: number }): Promise<Sample> {
  const cpuBefore = cpuTimeMs(server);
  const result = await autocannon({ url, connections: CONNECTIONS, headers, ...options });
  return {
    cpuMsPerRequest: (cpuTimeMs(server) - cpuBefore) / Math.max(1, result.requests.total),
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median of each figure over the samples (the mean of the two when there are two). */
function typical(samples: Sample[]): Sample {
  const of = (pick: (s: Sample) => number) => median(samples.map(pick));
  return { reqPerSec: Math.round(of((s) => s.reqPerSec)), p50: of((s) => s.p50), p99: of((s) => s.p99), non2xx: of((s) => s.non2xx), errors: of((s) => s.errors), cpuMsPerRequest: of((s) => s.cpuMsPerRequest) };
}

/**
 * A route's throughput against a baseline's, pass by pass: pass i of the route against the mean
 * of the baseline runs just before and just after it. Returns the median ratio and the range.
 */
function passRatios(route: Sample[], baseline: Sample[], pick: (s: Sample) => number): { median: number; min: number; max: number } {
  const ratios = route.map((sample, i) => pick(sample) / ((pick(baseline[i]!) + pick(baseline[i + 1]!)) / 2));
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
}

async function checkRoute(server: BenchServer, route: BenchRoute, headers: Record<string, string>) {
  const response = await fetch(`${server.base}${route.path}`, { headers, redirect: "manual" });
  if (response.status !== 200) throw new Error(`${server.name} ${route.path}: HTTP ${response.status} (expected 200)`);
}

function report(server: BenchServer, routes: BenchRoute[], results: Map<string, Sample[]>) {
  const health = typical(results.get("health")!).reqPerSec;
  const login = typical(results.get("login")!).reqPerSec;
  const passes = PASSES > 1 ? `, ${PASSES} passes (medians)` : "";
  console.log(`\n### ${server.name} (${server.distDir}), ${SECONDS} s per route, ${CONNECTIONS} connections, database ${DATABASE_URL.split(":")[0]}${passes}\n`);
  console.log("| route | req/s | × /api/health | × /login | p50 ms | p99 ms | server CPU ms/req | non-2xx |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const route of routes.filter((r) => results.has(r.key))) {
    const s = typical(results.get(route.key)!);
    const runs = route.baseline ? " (before and after each pass)" : "";
    console.log(`| ${route.label}${runs} | ${s.reqPerSec} | ${(s.reqPerSec / health).toFixed(2)} | ${(s.reqPerSec / login).toFixed(2)} | ${s.p50} | ${s.p99} | ${s.cpuMsPerRequest.toFixed(1)} | ${s.non2xx + s.errors} |`);
  }
  const bar = (ok: boolean) => (ok ? "met" : "NOT met");
  const range = (r: { min: number; max: number }) => (PASSES > 1 ? `, passes ${r.min.toFixed(2)}–${r.max.toFixed(2)}` : "");
  // CPU per request is the steadier figure on a busy machine: its ratio is the throughput ratio of an otherwise idle core.
  const ratioBar = (key: string, baseKey: string, label: string, threshold: number) => {
    const samples = results.get(key);
    if (!samples) return;
    const base = results.get(baseKey)!;
    const throughput = passRatios(samples, base, (s) => s.reqPerSec);
    const cpu = passRatios(samples, base, (s) => 1 / s.cpuMsPerRequest);
    console.log(`bar: ${label} ≥ ${threshold}× ${baseKey === "login" ? "/login" : "/api/health"}: ${throughput.median.toFixed(2)}×${range(throughput)} — ${bar(throughput.median >= threshold)} (by server CPU per request: ${cpu.median.toFixed(2)}×)`);
  };
  console.log("");
  ratioBar("home", "login", "signed-in home", 0.8);
  ratioBar("api-decks", "health", "/api/decks", 0.7);
  const home = results.get("home") && typical(results.get("home")!);
  if (home) console.log(`bar: signed-in home p99 ≤ 150 ms at ${CONNECTIONS} connections: ${home.p99} ms — ${bar(home.p99 <= 150)}`);
}

async function prepareDatabase() {
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  const { setup } = await import("../scripts/setup");
  process.env.DATABASE_URL = DATABASE_URL;
  process.env.FACTDECK_DATA_DIR = DATA_DIR;
  await setup();
  const db = createPrisma(DATABASE_URL);
  try {
    return await demoIds(db);
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  const ids = await prepareDatabase();
  const routes = benchRoutes(ids, builtEntries(DIST_DIR), ONLY);
  const servers = [startServer({ name: "current", port: PORT, distDir: DIST_DIR, databaseUrl: DATABASE_URL, dataDir: DATA_DIR, cpuProfDir: CPU_PROF_DIR })];
  if (COMPARE_DIST_DIR) {
    const cpuProfDir = CPU_PROF_DIR && path.join(CPU_PROF_DIR, "compare");
    servers.push(startServer({ name: "compare", port: PORT + 1, distDir: COMPARE_DIST_DIR, databaseUrl: DATABASE_URL, dataDir: DATA_DIR, cpuProfDir }));
  }
  const windows: Window[] = [];
  try {
    await Promise.all(servers.map((server) => waitForServer(server)));
    const cookies: Record<Account, string> = {
      student: await sessionCookie(servers[0]!.base, DEMO_ACCOUNTS.student.email, DEMO_PASSWORD),
      teacher: await sessionCookie(servers[0]!.base, DEMO_ACCOUNTS.teacher.email, DEMO_PASSWORD),
    };
    const headersFor = (route: BenchRoute): Record<string, string> => (route.as ? { cookie: cookies[route.as] } : {});
    const has = new Map(servers.map((server) => [server.name, new Set(benchRoutes(ids, builtEntries(server.distDir), ONLY).map((r) => r.key))]));
    const built = (server: BenchServer, route: BenchRoute) => has.get(server.name)!.has(route.key);
    for (const server of servers) for (const route of routes) if (built(server, route)) await checkRoute(server, route, headersFor(route));

    const results = new Map(servers.map((server) => [server.name, new Map<string, Sample[]>()]));
    const baselines = routes.filter((route) => route.baseline);
    const measured = routes.filter((route) => !route.baseline);
    // Baselines before and after every pass, so each pass's routes are bracketed by their own;
    // with two builds, each route runs on both back to back, alternating which goes first.
    const order = [...baselines, ...Array.from({ length: PASSES }, () => [...measured, ...baselines]).flat()];
    for (const [index, route] of order.entries()) {
      const turn = index % 2 === 0 ? servers : [...servers].reverse();
      for (const server of turn.filter((s) => built(s, route))) {
        const url = `${server.base}${route.path}`;
        await load(server, url, headersFor(route), { amount: 100 });
        const startUs = nowUs();
        const sample = await load(server, url, headersFor(route), { duration: SECONDS });
        windows.push({ key: route.key, server: server.name, startUs, endUs: nowUs() });
        const byRoute = results.get(server.name)!;
        byRoute.set(route.key, [...(byRoute.get(route.key) ?? []), sample]);
        process.stderr.write(`${server.name} ${route.path}: ${sample.reqPerSec} req/s\n`);
      }
    }
    for (const server of servers) report(server, routes, results.get(server.name)!);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    for (const server of CPU_PROF_DIR ? servers : []) {
      const dir = server.name === "compare" ? path.join(CPU_PROF_DIR!, "compare") : CPU_PROF_DIR!;
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, "windows.json"), JSON.stringify(windows.filter((w) => w.server === server.name), null, 2));
    }
  }
}

main().catch((error: unknown) => {
  console.error(`bench:http failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
