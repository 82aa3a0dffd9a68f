import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { setup } from "./setup";

const BUILD_INPUTS = ["app", "components", "lib", "public", "types", "next.config.js", "postcss.config.mjs", "package-lock.json", "prisma/schema.prisma"];
const STAMP = path.resolve(".next/factdeck-build-stamp");

function* files(entry: string): Generator<string> {
  if (!fs.existsSync(entry)) return;
  if (!fs.statSync(entry).isDirectory()) return yield entry;
  for (const name of fs.readdirSync(entry).sort()) {
    if (name === "generated" || name === "node_modules") continue;
    yield* files(path.join(entry, name));
  }
}

/** A hash of everything the build reads, so a stale .next is rebuilt after the code changes. */
function sourceFingerprint(): string {
  const hash = createHash("sha256");
  for (const input of BUILD_INPUTS) for (const file of files(input)) hash.update(file).update(fs.readFileSync(file));
  return hash.digest("hex");
}

function ensureBuild() {
  const fingerprint = sourceFingerprint();
  const built = fs.existsSync(".next/BUILD_ID") && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === fingerprint;
  if (built) return;
  console.log("Building Factdeck (first start or changed sources)…");
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed.");
  fs.writeFileSync(STAMP, fingerprint);
}

async function main() {
  const { databaseUrl, secret } = await setup();
  ensureBuild();
  const port = process.env.PORT ?? "3000";
  const args = ["node_modules/next/dist/bin/next", "start", "-p", port];
  if (process.env.HOSTNAME) args.push("-H", process.env.HOSTNAME);
  const server = spawn(process.execPath, args, {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(`Factdeck could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
