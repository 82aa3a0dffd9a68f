/** @jest-environment node */
import fs from "node:fs";
import { parseServerEnv } from "@/lib/env";
import { isLoopback, listenHost, nextArgs, nextServerEnv } from "@/scripts/server-env";

const packageJson = JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
const ready = (env: Record<string, string | undefined> = {}) => ({
  config: parseServerEnv(env),
  databaseUrl: "file:./data/factdeck.db",
  secret: "generated-secret-from-the-data-folder-0123456789",
});

test("npm run dev and npm start both go through the shared server launcher", () => {
  expect(packageJson.scripts.dev).toBe("tsx scripts/dev.ts");
  expect(packageJson.scripts.start).toBe("tsx scripts/start.ts");
  for (const file of ["scripts/dev.ts", "scripts/start.ts"]) {
    const source = fs.readFileSync(file, "utf8");
    expect(source).toMatch(/await setup\(\)|setup\(\)\s*\.then/);
    expect(source).toMatch(/serve\("(dev|start)", ready\)/);
  }
});

test.each(["dev", "start"] as const)("next %s gets the generated session secret, so next-auth never falls back to a derived one", (command) => {
  const env = nextServerEnv(ready(), { PATH: "/usr/bin" });
  expect(env.NEXTAUTH_SECRET).toBe("generated-secret-from-the-data-folder-0123456789");
  expect(env.DATABASE_URL).toBe("file:./data/factdeck.db");
  expect(nextArgs(command, ready().config, {})).toEqual(["node_modules/next/dist/bin/next", command, "-p", "3000", "-H", "127.0.0.1"]);
});

test("without NEXTAUTH_URL, redirects follow the host the browser used (not localhost)", () => {
  const env = nextServerEnv(ready(), { NEXTAUTH_URL: "" });
  expect(env.NEXTAUTH_URL).toBeUndefined();
  expect(env.AUTH_TRUST_HOST).toBe("1");
});

test("with NEXTAUTH_URL, that URL is the only origin", () => {
  const env = nextServerEnv(ready({ NEXTAUTH_URL: "https://factdeck.example.org" }), { NEXTAUTH_URL: "https://factdeck.example.org" });
  expect(env.NEXTAUTH_URL).toBe("https://factdeck.example.org");
  expect(env.AUTH_TRUST_HOST).toBeUndefined();
});

test.each([
  { FACTDECK_HOST: undefined, host: "127.0.0.1", loopback: true },
  { FACTDECK_HOST: "::1", host: "::1", loopback: true },
  { FACTDECK_HOST: "0.0.0.0", host: "0.0.0.0", loopback: false },
  { FACTDECK_HOST: "192.168.1.20", host: "192.168.1.20", loopback: false },
])("FACTDECK_HOST=$FACTDECK_HOST binds $host (loopback: $loopback)", ({ FACTDECK_HOST, host, loopback }) => {
  expect(listenHost({ FACTDECK_HOST })).toBe(host);
  expect(isLoopback(host)).toBe(loopback);
});
