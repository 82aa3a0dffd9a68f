import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createPrisma, providerOf } from "@/lib/db/client";
import { parseServerEnv, type ServerEnv } from "@/lib/env";
import { DEMO_ACCOUNTS, DEMO_JOIN_CODE, DEMO_PASSWORD, seed } from "@/prisma/seed";
import { ensureDatabase } from "./ensure-database";
import { migrate } from "./migrate";
import { isLoopback, listenHost } from "./server-env";

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

/**
 * The README's demo password while the server only listens on this machine; otherwise one
 * generated once into the data folder, so no account with a published password is reachable
 * from another machine.
 */
export function demoPasswordFor(host: string): string {
  if (isLoopback(host)) return DEMO_PASSWORD;
  const file = path.join(DATA_DIR, ".demo-password");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(DATA_DIR, { recursive: true });
    fs.writeFileSync(file, randomBytes(12).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** Migrates and seeds the database that DATABASE_URL names (SQLite in data/ by default). */
export async function setup(): Promise<{ config: ServerEnv; databaseUrl: string; secret: string }> {
  const config = parseServerEnv(process.env);
  const databaseUrl = config.DATABASE_URL;
  const secret = ensureAuthSecret(config.NEXTAUTH_SECRET);
  if (await ensureDatabase(databaseUrl)) console.log(`Created the PostgreSQL database ${new URL(databaseUrl).pathname.slice(1)}.`);
  migrate(databaseUrl);

  const db = createPrisma(databaseUrl);
  try {
    const demoPassword = demoPasswordFor(listenHost());
    const result = await seed(db, { demoAccounts: config.NODE_ENV !== "production", demoPassword });
    if (result.generated) console.log(`Demo deck generated: ${result.generated.facts} facts, ${result.generated.items} questions.`);
    if (result.demoAccounts) {
      console.log("Demo accounts (not created when NODE_ENV=production):");
      for (const account of Object.values(DEMO_ACCOUNTS)) console.log(`  ${account.role.toLowerCase().padEnd(8)} ${account.email} / ${demoPassword}`);
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
