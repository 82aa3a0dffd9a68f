import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { Client } from "pg";
import { createPrisma, providerOf, type Db } from "@/lib/db/client";

export type TestDb = { db: Db; url: string; provider: "sqlite" | "postgresql"; cleanup: () => Promise<void> };

function migrationScripts(provider: "sqlite" | "postgresql"): string[] {
  const dir = path.join(process.cwd(), "prisma", "migrations", provider);
  return fs
    .readdirSync(dir)
    .filter((name) => fs.statSync(path.join(dir, name)).isDirectory())
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
}

/**
 * A fresh database with the checked-in migrations applied: a temporary SQLite file, or a new
 * database on the PostgreSQL server that TEST_DATABASE_URL names.
 */
export async function createTestDb(): Promise<TestDb> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl && providerOf(serverUrl) === "postgresql") return createPostgresTestDb(serverUrl);
  return createSqliteTestDb();
}

export async function createSqliteTestDb(): Promise<TestDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factdeck-test-"));
  const file = path.join(dir, "test.db");
  const raw = new Database(file);
  raw.pragma("journal_mode = WAL");
  for (const script of migrationScripts("sqlite")) raw.exec(script);
  raw.close();
  const url = `file:${file}`;
  const db = createPrisma(url);
  return {
    db,
    url,
    provider: "sqlite",
    cleanup: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function createPostgresTestDb(serverUrl: string): Promise<TestDb> {
  const name = `factdeck_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  const url = target.toString();
  await withClient(url, async (client) => {
    for (const script of migrationScripts("postgresql")) await client.query(script);
  });
  const db = createPrisma(url);
  return {
    db,
    url,
    provider: "postgresql",
    cleanup: async () => {
      await db.$disconnect();
      await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
