import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrisma } from "@/lib/db/client";
import { checkHealth } from "@/lib/health";
import { migrate } from "@/scripts/migrate";

// What the health probe (read a table + take the SQLite write lock on its own connection) costs,
// against the old `SELECT 1` through the app's Prisma client, measured in the same run.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2000);

async function perCall(label: string, call: () => Promise<unknown>) {
  for (let i = 0; i < 50; i++) await call();
  const started = performance.now();
  for (let i = 0; i < ROUNDS; i++) await call();
  const ms = (performance.now() - started) / ROUNDS;
  console.log(`${label.padEnd(44)} ${ms.toFixed(3)} ms per call (${ROUNDS} calls)`);
  return ms;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factdeck-bench-health-"));
  const databaseUrl = `file:${path.join(dir, "factdeck.db")}`;
  migrate(databaseUrl);
  const db = createPrisma(databaseUrl);
  try {
    const baseline = await perCall("baseline: SELECT 1 through Prisma", () => db.$queryRaw`SELECT 1`);
    const probe = await perCall("checkHealth (table read + write lock)", () => checkHealth({ db, databaseUrl }));
    console.log(`health probe / baseline: ${(probe / baseline).toFixed(2)}x`);
  } finally {
    await db.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
