/** @jest-environment node */
import Database from "better-sqlite3";
import { withStatementCache } from "@/lib/db/sqlite-statement-cache";

function setup(size?: number) {
  const db = new Database(":memory:");
  db.exec('CREATE TABLE "T" ("id" INTEGER PRIMARY KEY, "name" TEXT)');
  const prepare = jest.spyOn(db, "prepare");
  return { db, prepare, cached: withStatementCache(db, size) };
}

test("one SQL text is prepared once, and each call binds its own arguments", () => {
  const { prepare, cached } = setup();
  const insert = (id: number, name: string) => cached.prepare('INSERT INTO "T" ("id", "name") VALUES (?, ?)').bind([id, name]).run();
  expect(insert(1, "a").changes).toBe(1);
  expect(insert(2, "b").changes).toBe(1);
  const select = (id: number) => cached.prepare('SELECT "id", "name" FROM "T" WHERE "id" = ?').bind([id]);
  expect(select(1).raw().all()).toEqual([[1, "a"]]);
  expect(select(2).raw().all()).toEqual([[2, "b"]]);
  expect(select(2).columns().map((column) => column.name)).toEqual(["id", "name"]);
  expect(prepare).toHaveBeenCalledTimes(2);
});

test("without raw() rows come back as objects, and a write reports itself as not a reader", () => {
  const { cached } = setup();
  const write = cached.prepare('INSERT INTO "T" ("id", "name") VALUES (?, ?)').bind([7, "x"]);
  expect(write.reader).toBe(false);
  write.run();
  cached.prepare('SELECT "name" FROM "T"').bind([]).raw().all();
  expect(cached.prepare('SELECT "name" FROM "T"').bind([]).all()).toEqual([{ name: "x" }]);
});

test("the least recently used statement is dropped past the size", () => {
  const { prepare, cached } = setup(2);
  for (const sql of ["SELECT 1", "SELECT 2", "SELECT 1", "SELECT 3", "SELECT 1", "SELECT 2"]) cached.prepare(sql).bind([]).raw().all();
  // SELECT 2 was evicted by SELECT 3 (SELECT 1 had been used since), so it is prepared again.
  expect(prepare.mock.calls.map(([sql]) => sql)).toEqual(["SELECT 1", "SELECT 2", "SELECT 3", "SELECT 2"]);
});

test("everything else reaches the connection itself", () => {
  const { cached } = setup();
  cached.prepare("BEGIN").run();
  expect(cached.inTransaction).toBe(true);
  cached.exec("ROLLBACK");
  expect(cached.inTransaction).toBe(false);
  expect(cached.pragma("journal_mode", { simple: true })).toBe("memory");
});
