/** @jest-environment node */
import Database from "better-sqlite3";
import { checkHealth } from "@/lib/health";
import { createTestDb, withClient, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.cleanup());

test("reports the database as up when it answers", async () => {
  await expect(checkHealth({ db: testDb.db, databaseUrl: testDb.url })).resolves.toMatchObject({ status: "ok", database: "up" });
});

test("reports the database as down while another process holds its write lock", async () => {
  if (testDb.provider === "sqlite") {
    const other = new Database(testDb.url.replace(/^file:/, ""));
    other.exec("BEGIN IMMEDIATE");
    try {
      await expect(checkHealth({ db: testDb.db, databaseUrl: testDb.url, timeoutMs: 200 })).resolves.toMatchObject({ status: "degraded", database: "down" });
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
  } else {
    await withClient(testDb.url, async (other) => {
      await other.query('BEGIN; LOCK TABLE "User" IN ACCESS EXCLUSIVE MODE');
      try {
        await expect(checkHealth({ db: testDb.db, databaseUrl: testDb.url, timeoutMs: 200 })).resolves.toMatchObject({ database: "down" });
      } finally {
        await other.query("ROLLBACK");
      }
    });
  }
  await expect(checkHealth({ db: testDb.db, databaseUrl: testDb.url })).resolves.toMatchObject({ database: "up" });
});

test("reports the database as down when the file has no tables", async () => {
  if (testDb.provider !== "sqlite") return;
  const empty = testDb.url.replace(/test\.db$/, "empty.db");
  new Database(empty.replace(/^file:/, "")).close();
  await expect(checkHealth({ db: testDb.db, databaseUrl: empty })).resolves.toMatchObject({ database: "down" });
});

test("reports the database as down when a query does not answer in time", async () => {
  const hung = { $queryRaw: () => new Promise(() => undefined) } as unknown as TestDb["db"];
  await expect(checkHealth({ db: hung, databaseUrl: "postgresql://127.0.0.1/x", timeoutMs: 50 })).resolves.toMatchObject({ database: "down" });
});
