/**
 * CPU cost of the signed-in home page's reads (the deck list, then My assignments with their
 * progress), in process, per page: on the direct read path (what the app uses) against the same
 * SQL through Prisma's `$queryRaw`. Variants alternate so the machine's noise hits them alike.
 * `npm run bench:home-reads`
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { listAssignmentsForStudent } from "@/lib/data/assignments";
import { listDecksForUser } from "@/lib/data/decks";
import { createPrisma, type Db } from "@/lib/db/client";
import { createSafeSqliteAdapter } from "@/lib/db/sqlite-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_ACCOUNTS } from "@/prisma/seed";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const PER_ROUND = Number(process.env.BENCH_PER_ROUND ?? 300);

async function cpuMsPer(run: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < PER_ROUND; i++) await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / PER_ROUND;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factdeck-bench-home-reads-"));
  const url = `file:${path.join(dir, "bench.db")}`;
  process.env.DATABASE_URL = url;
  process.env.FACTDECK_DATA_DIR = dir;
  const { setup } = await import("../scripts/setup");
  await setup();
  const direct = createPrisma(url);
  // Without createPrisma's direct reader, readRows goes through $queryRaw.
  const prismaOnly = new PrismaClient({ adapter: createSafeSqliteAdapter(url) });
  try {
    const { id: userId } = await direct.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.student.email }, select: { id: true } });
    const page = (db: Db) => () => Promise.all([listDecksForUser(db, { userId }), listAssignmentsForStudent(db, { userId, now: new Date() })]);
    const variants: Record<string, () => Promise<unknown>> = {
      "through $queryRaw": page(prismaOnly),
      "on the direct read path (lib/db/read-rows.ts)": page(direct),
    };
    const samples = new Map<string, number[]>(Object.keys(variants).map((name) => [name, []]));
    for (const run of Object.values(variants)) await cpuMsPer(run); // warm-up
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, run] of Object.entries(variants)) samples.get(name)!.push(await cpuMsPer(run));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    console.log(`\nHome page reads (deck list + My assignments and progress, demo student), CPU ms per page (median of ${ROUNDS} rounds of ${PER_ROUND}, SQLite)\n`);
    console.log("| variant | CPU ms per page |\n| --- | --- |");
    for (const [name, values] of samples) console.log(`| ${name} | ${median(values).toFixed(3)} |`);
  } finally {
    await Promise.all([direct.$disconnect(), prismaOnly.$disconnect()]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:home-reads failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
