import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createPrisma, providerOf } from "@/lib/db/client";
import { parseServerEnv, type ServerEnv } from "@/lib/env";
import { DEMO_ACCOUNTS, DEMO_JOIN_CODE, DEMO_PASSWORD, seed } from "@/prisma/seed";
import { runNode } from "./run-node";

const DATA_DIR = path.resolve(process.env.FACTDECK_DATA_DIR ?? "data");

/** NEXTAUTH_SECRET from the environment, or one generated once and kept in the data folder. */
export function ensureAuthSecret(configured: string | undefined): string {
  if (configured) return configured;
  const file = path.join(DATA_DIR, ".nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(DATA_DIR, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** Migrates and seeds the database that DATABASE_URL names (SQLite in data/ by default). */
export async function setup(): Promise<{ config: ServerEnv; databaseUrl: string; secret: string }> {
  const config = parseServerEnv(process.env);
  const databaseUrl = config.DATABASE_URL;
  const secret = ensureAuthSecret(config.NEXTAUTH_SECRET);
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  runNode(["node_modules/prisma/build/index.js", "migrate", "deploy"], env);

  const db = createPrisma(databaseUrl);
  try {
    const result = await seed(db, { demoAccounts: config.NODE_ENV !== "production" });
    if (result.generated) console.log(`Demo deck generated: ${result.generated.facts} facts, ${result.generated.items} questions.`);
    if (result.demoAccounts) {
      console.log("Demo accounts (not created when NODE_ENV=production):");
      for (const account of Object.values(DEMO_ACCOUNTS)) console.log(`  ${account.role.toLowerCase().padEnd(8)} ${account.email} / ${DEMO_PASSWORD}`);
      console.log(`  demo class join code: ${DEMO_JOIN_CODE}`);
    }
  } finally {
    await db.$disconnect();
  }
  console.log(`Database ready (${providerOf(databaseUrl)}).`);
  return { config, databaseUrl, secret };
}

if (require.main === module) {
  setup().catch((error: unknown) => {
    console.error(`Setup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
