/** @jest-environment node */
import { assignments, insertInto } from "@/lib/db/sql";

test("insertInto binds every value and leaves undefined ones to the column default", () => {
  const statement = insertInto("ReviewLog", { id: "r1", rating: 3, itemId: null, durationMs: undefined });
  expect(statement.sql).toBe('INSERT INTO "ReviewLog" ("id","rating","itemId") VALUES (?,?,?)');
  expect(statement.values).toEqual(["r1", 3, null]);
});

test("assignments binds values for an UPDATE's SET clause", () => {
  const statement = assignments({ version: 2, suspended: true, leechedAt: undefined });
  expect(statement.sql).toBe('"version" = ?,"suspended" = ?');
  expect(statement.values).toEqual([2, true]);
});

test.each(['id" = 1; DROP TABLE "User', "a b", "", "1abc"])("a name that is not a plain identifier is refused: %p", (name) => {
  expect(() => insertInto("User", { [name]: 1 })).toThrow(/Not a plain SQL identifier/);
  expect(() => insertInto(name, { id: 1 })).toThrow(/Not a plain SQL identifier/);
});
