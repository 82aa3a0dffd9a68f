/**
 * HTTP throughput of `next start` on 127.0.0.1 against a throwaway SQLite database (or the
 * PostgreSQL database BENCH_DATABASE_URL names). Each route is compared with /api/health, a
 * one-query route measured in the same run, because this machine is noisy.
 * Needs a build: `npm run build && npm run bench:http`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import autocannon from "autocannon";

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const DATA_DIR = ".tmp/bench-http";
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? `file:./${DATA_DIR}/factdeck.db`;
const SECRET = "bench-only-secret-0123456789-abcdefghij";

function start(): ChildProcess {
  const env = { ...process.env, DATABASE_URL, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: BASE, FACTDECK_DATA_DIR: DATA_DIR, NEXT_TELEMETRY_DISABLED: "1" };
  return spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"], { env, stdio: "ignore" });
}

async function waitForServer(deadline = Date.now() + 60_000) {
  while (Date.now() < deadline) {
    if (await fetch(`${BASE}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("server did not start within 60 s");
}

/** Signs the demo student in through next-auth's real credentials flow; returns the Cookie header. */
async function sessionCookie(): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const body = new URLSearchParams({ csrfToken, email: "student@factdeck.test", password: "factdeck-demo-pass", json: "true" });
  const signIn = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body,
    redirect: "manual",
  });
  const session = signIn.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error("sign-in failed: no session cookie");
  return session.split(";")[0]!;
}

type Row = { route: string; connections: number; reqPerSec: number; p50: number; p99: number; non2xx: number };

async function measure(route: string, path: string, connections: number, headers: Record<string, string> = {}): Promise<Row> {
  const result = await autocannon({ url: `${BASE}${path}`, connections, duration: SECONDS, headers });
  return {
    route,
    connections,
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
  };
}

async function main() {
  if (!fs.existsSync(".next/BUILD_ID")) throw new Error("no build: run `npm run build` first");
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  const { setup } = await import("../scripts/setup");
  process.env.DATABASE_URL = DATABASE_URL;
  process.env.FACTDECK_DATA_DIR = DATA_DIR;
  await setup();
  const server = start();
  try {
    await waitForServer();
    const cookie = await sessionCookie();
    const rows = [
      await measure("GET /api/health (baseline)", "/api/health", 10),
      await measure("GET /api/decks (session + query)", "/api/decks", 10, { cookie }),
      await measure("GET / (signed-in home page)", "/", 10, { cookie }),
      await measure("GET /api/health (baseline, again)", "/api/health", 10),
    ];
    const baseline = (rows[0]!.reqPerSec + rows[3]!.reqPerSec) / 2;
    console.log(`\nHTTP throughput, ${SECONDS} s per route, database ${DATABASE_URL.split(":")[0]}`);
    console.log("route | conns | req/s | vs baseline | p50 ms | p99 ms | non-2xx");
    for (const row of rows) {
      const ratio = (row.reqPerSec / baseline).toFixed(2);
      console.log(`${row.route} | ${row.connections} | ${row.reqPerSec} | ${ratio} | ${row.p50} | ${row.p99} | ${row.non2xx}`);
    }
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(`bench:http failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
