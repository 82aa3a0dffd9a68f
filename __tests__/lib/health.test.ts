/** @jest-environment node */
import { checkHealth } from "@/lib/health";
import { createSqliteTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createSqliteTestDb();
});
afterAll(() => testDb.cleanup());

test("reports the database as up when it answers", async () => {
  await expect(checkHealth(testDb.db)).resolves.toMatchObject({ status: "ok", database: "up" });
});

test("reports the database as down when a query fails", async () => {
  const broken = { $queryRaw: () => Promise.reject(new Error("connection refused")) } as unknown as TestDb["db"];
  await expect(checkHealth(broken)).resolves.toMatchObject({ status: "degraded", database: "down" });
});

test("reports the database as down when it does not answer in time", async () => {
  const hung = { $queryRaw: () => new Promise(() => undefined) } as unknown as TestDb["db"];
  await expect(checkHealth(hung, 50)).resolves.toMatchObject({ database: "down" });
});
