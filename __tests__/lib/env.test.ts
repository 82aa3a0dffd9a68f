/** @jest-environment node */
import { parseServerEnv } from "@/lib/env";

test("nothing is required outside production: SQLite in data/ on port 3000", () => {
  expect(parseServerEnv({})).toMatchObject({ DATABASE_URL: "file:./data/factdeck.db", PORT: 3000 });
});

test("a PostgreSQL URL is accepted as the database", () => {
  expect(parseServerEnv({ DATABASE_URL: "postgresql://u:p@db:5432/factdeck" }).DATABASE_URL).toBe("postgresql://u:p@db:5432/factdeck");
});

test("production without a secret is refused with a message naming the variable", () => {
  expect(() => parseServerEnv({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET must be set in production/);
});

test("every wrong variable is named at once", () => {
  const attempt = () => parseServerEnv({ DATABASE_URL: "mysql://x", PORT: "99999", NEXTAUTH_SECRET: "short" });
  expect(attempt).toThrow(/DATABASE_URL must start with file:/);
  expect(attempt).toThrow(/PORT Too big/);
  expect(attempt).toThrow(/NEXTAUTH_SECRET must be at least 32 characters/);
});

test("an empty variable counts as unset", () => {
  expect(parseServerEnv({ DATABASE_URL: "", PORT: "" })).toMatchObject({ DATABASE_URL: "file:./data/factdeck.db", PORT: 3000 });
});
