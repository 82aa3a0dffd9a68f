import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const BENCH_SECRET = "bench-only-secret-0123456789-abcdefghij";

export type BenchServer = { name: string; base: string; distDir: string; process: ChildProcess; stop(): Promise<void> };

/**
 * `next start` of the build in `distDir` on 127.0.0.1:`port`. With `cpuProfDir`, under
 * `node --cpu-prof`: Next exits on SIGTERM, which writes the profile there.
 */
export function startServer({ name, port, distDir, databaseUrl, dataDir, cpuProfDir }: {
  name: string;
  port: number;
  distDir: string;
  databaseUrl: string;
  dataDir: string;
  cpuProfDir?: string;
}): BenchServer {
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`no build in ${distDir}: run \`NEXT_DIST_DIR=${distDir} npm run build\` first`);
  // A build of another checkout (e.g. /tmp/before/.next-x) is served from that checkout.
  const cwd = path.isAbsolute(distDir) ? path.dirname(distDir) : process.cwd();
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: path.isAbsolute(distDir) ? path.basename(distDir) : distDir,
    DATABASE_URL: databaseUrl.startsWith("file:./") ? `file:${path.resolve(databaseUrl.slice(5))}` : databaseUrl,
    NEXTAUTH_SECRET: BENCH_SECRET,
    NEXTAUTH_URL: base,
    FACTDECK_DATA_DIR: path.resolve(dataDir),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const profile = cpuProfDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfDir}`] : [];
  const child = spawn(process.execPath, [...profile, path.join(cwd, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    name,
    base,
    distDir,
    process: child,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

function processTree(pid: number): number[] {
  const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  return [pid, ...children.flatMap((child) => processTree(child))];
}

/** CPU time (user + system, ms) the server and its child processes have used so far; Linux /proc. */
export function cpuTimeMs(server: BenchServer): number {
  let ticks = 0;
  for (const pid of processTree(server.process.pid!)) {
    // Fields after the parenthesised command name: utime and stime are the 12th and 13th.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

export async function waitForServer(server: BenchServer, deadline = Date.now() + 60_000): Promise<void> {
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null) throw new Error(`${server.name} server exited (code ${server.process.exitCode})`);
    if (await fetch(`${server.base}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${server.name} server did not start within 60 s`);
}

/** Signs a demo account in through next-auth's real credentials flow; returns the Cookie header. */
export async function sessionCookie(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const body = new URLSearchParams({ csrfToken, email, password, json: "true" });
  const signIn = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body,
    redirect: "manual",
  });
  const session = signIn.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in of ${email} failed: no session cookie`);
  return session.split(";")[0]!;
}
