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
import { compareCpu } from "./cpu-variants";

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
    await compareCpu("Home page reads (deck list + My assignments and progress, demo student)", "page", variants);
  } finally {
    await Promise.all([direct.$disconnect(), prismaOnly.$disconnect()]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:home-reads failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
