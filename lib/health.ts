import Database from "better-sqlite3";
import { providerOf, type Db } from "@/lib/db/client";
import { sqliteFileOf } from "@/lib/db/sqlite-adapter";

export type Health = { status: "ok" | "degraded"; database: "up" | "down"; latencyMs: number };

export const HEALTH_TIMEOUT_MS = 1000;

/**
 * SQLite: on a connection of its own with a short busy timeout, read a real table and take the
 * write lock for an instant (WAL lets reads through while another process holds that lock, and
 * the app's shared connection would wait 5 s for it).
 */
function probeSqlite(databaseUrl: string, timeoutMs: number): void {
  const conn = new Database(sqliteFileOf(databaseUrl), { fileMustExist: true, timeout: timeoutMs });
  try {
    conn.prepare('SELECT COUNT(*) FROM "User"').get();
    conn.exec("BEGIN IMMEDIATE");
    conn.exec("ROLLBACK");
  } finally {
    conn.close();
  }
}

async function probePostgres(db: Db, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("database health check timed out")), timeoutMs);
  });
  try {
    await Promise.race([db.$queryRaw`SELECT COUNT(*) FROM "User"`, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether the database can serve a read and a write now; "down" after `timeoutMs` of waiting. */
export async function checkHealth({ db, databaseUrl, timeoutMs = HEALTH_TIMEOUT_MS }: { db: Db; databaseUrl: string; timeoutMs?: number }): Promise<Health> {
  const started = performance.now();
  const latencyMs = () => Math.round(performance.now() - started);
  try {
    if (providerOf(databaseUrl) === "sqlite") probeSqlite(databaseUrl, timeoutMs);
    else await probePostgres(db, timeoutMs);
    return { status: "ok", database: "up", latencyMs: latencyMs() };
  } catch (error) {
    console.error("Health check failed", error);
    return { status: "degraded", database: "down", latencyMs: latencyMs() };
  }
}
