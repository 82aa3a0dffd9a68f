/** @jest-environment node */
import { createSqliteTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createSqliteTestDb();
});
afterAll(() => testDb.cleanup());

test("SQLite runs with WAL, a busy timeout of at least 5000 ms and foreign keys on", async () => {
  const [journal] = await testDb.db.$queryRaw<{ journal_mode: string }[]>`PRAGMA journal_mode`;
  const [timeout] = await testDb.db.$queryRaw<{ timeout: bigint }[]>`PRAGMA busy_timeout`;
  const [fk] = await testDb.db.$queryRaw<{ foreign_keys: bigint }[]>`PRAGMA foreign_keys`;
  expect(journal?.journal_mode).toBe("wal");
  expect(Number(timeout?.timeout)).toBeGreaterThanOrEqual(5000);
  expect(Number(fk?.foreign_keys)).toBe(1);
});
