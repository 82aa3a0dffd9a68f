import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { generate } from "./generate";
import { runNode } from "./run-node";

const BUILD_INPUTS = ["app", "components", "lib", "public", "types", "next.config.js", "postcss.config.mjs", "package-lock.json", "prisma/schema.prisma"];
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const STAMP = path.resolve(DIST_DIR, "factdeck-build-stamp");

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

/** Generates the Prisma clients if the schema changed and runs `next build`, unless the last build is of the same sources. */
export function build({ force = false } = {}): void {
  const fingerprint = sourceFingerprint();
  const current = fs.existsSync(path.join(DIST_DIR, "BUILD_ID")) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === fingerprint;
  if (current && !force) return;
  console.log("Building Factdeck…");
  // Install generated both clients; only a schema changed since then needs generating again.
  generate({ onlyIfChanged: true });
  runNode(["node_modules/next/dist/bin/next", "build"]);
  fs.writeFileSync(STAMP, fingerprint);
}

if (require.main === module) {
  try {
    build({ force: true });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
