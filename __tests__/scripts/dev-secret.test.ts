/** @jest-environment node */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { decode, encode } from "next-auth/jwt";

// Vulnerability 4: `npm run dev` used to start `next dev` without the generated secret, so
// next-auth signed sessions with one derived from public configuration. This starts the real
// dev server with `npm run dev`, signs in, and checks which secret signed the cookie.
// A free port, and folders of its own, so that two test runs on one machine do not meet.
let BASE: string;
let DATA_DIR: string;
let DIST_DIR: string;
// next dev adds its build folder's type globs to tsconfig.json; the test puts the file back as it was.
const TSCONFIG = fs.readFileSync("tsconfig.json", "utf8");
const COOKIE = "next-auth.session-token";
let server: ChildProcess;
let output = "";

async function waitForHealth(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`npm run dev exited: ${output.slice(-2000)}`);
    const ok = await fetch(`${BASE}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`next dev did not answer in time: ${output.slice(-2000)}`);
}

function cookiesOf(response: Response): string {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

async function signIn(): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, email: "student@factdeck.test", password: "factdeck-demo-pass", json: "true" });
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf) },
    body,
    redirect: "manual",
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith(`${COOKIE}=`));
  if (!session) throw new Error(`sign-in failed: HTTP ${response.status}`);
  return session.split(";")[0]!.slice(COOKIE.length + 1);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  BASE = `http://127.0.0.1:${port}`;
  DATA_DIR = `.tmp/devtest-${port}`;
  DIST_DIR = `${DATA_DIR}/next`;
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    FACTDECK_DATA_DIR: DATA_DIR,
    DATABASE_URL: `file:./${DATA_DIR}/factdeck.db`,
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  for (const name of ["NODE_ENV", "NEXTAUTH_SECRET", "AUTH_SECRET", "NEXTAUTH_URL", "FACTDECK_HOST"]) delete env[name];
  server = spawn("npm", ["run", "-s", "dev"], { env: env as NodeJS.ProcessEnv, detached: true });
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  await waitForHealth(Date.now() + 240_000);
}, 300_000);

afterAll(async () => {
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    process.kill(-server.pid, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
  fs.writeFileSync("tsconfig.json", TSCONFIG);
  // The build folder is inside the data folder: one removal, and late writes stay in .tmp.
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
});

test("next dev signs sessions with the secret generated in the data folder", async () => {
  const secret = fs.readFileSync(`${DATA_DIR}/.nextauth-secret`, "utf8").trim();
  const token = await signIn();
  await expect(decode({ token, secret })).resolves.toMatchObject({ email: "student@factdeck.test" });
}, 120_000);

test("a token signed with any other secret, such as one derived from public configuration, is refused", async () => {
  const genuine = await decode({ token: await signIn(), secret: fs.readFileSync(`${DATA_DIR}/.nextauth-secret`, "utf8").trim() });
  const forged = await encode({ token: { ...genuine, role: "ADMIN" }, secret: "sha256-of-the-public-next-auth-options" });
  const session = await fetch(`${BASE}/api/auth/session`, { headers: { cookie: `${COOKIE}=${forged}` } });
  expect(await session.json()).toEqual({});
}, 120_000);
