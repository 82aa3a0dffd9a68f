/** @jest-environment node */
import Database from "better-sqlite3";
import { z } from "zod";
import { createSafeSqliteAdapter } from "@/lib/db/sqlite-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { handleApi, toErrorResponse } from "@/lib/http/api-response";
import { createSqliteTestDb, type TestDb } from "../../helpers/test-db";

test.each([
  { error: new AppError("UNAUTHORIZED", "Unauthorized: sign in required."), status: 401, code: "UNAUTHORIZED" },
  { error: new AppError("NOT_FOUND", "No such deck."), status: 404, code: "NOT_FOUND" },
  { error: new AppError("RATE_LIMITED", "Slow down."), status: 429, code: "RATE_LIMITED" },
])("an AppError $code becomes a $status JSON error with its message", async ({ error, status, code }) => {
  const response = toErrorResponse(error);
  expect(response.status).toBe(status);
  expect(await response.json()).toEqual({ error: { code, message: error.message } });
});

test("a zod error becomes a 422 with the failing fields", async () => {
  const parsed = z.object({ deckId: z.string().max(3) }).safeParse({ deckId: "too long" });
  const response = toErrorResponse(parsed.error);
  expect(response.status).toBe(422);
  const body = await response.json();
  expect(body.error.code).toBe("INVALID_INPUT");
  expect(Object.keys(body.error.fields)).toEqual(["deckId"]);
});

test("an unexpected error becomes a 500 that reveals nothing of it", async () => {
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const response = await handleApi(async () => {
    throw new Error("SQLITE_CORRUPT at /srv/secret/path.db");
  });
  spy.mockRestore();
  expect(response.status).toBe(500);
  expect(JSON.stringify(await response.json())).not.toMatch(/SQLITE|secret|at /);
});

test("a successful body passes through unchanged", async () => {
  const response = await handleApi(async () => Response.json({ ok: true }, { status: 201 }));
  expect(response.status).toBe(201);
});

describe("a database that stays locked", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createSqliteTestDb();
  });
  afterAll(() => testDb.cleanup());

  test("becomes a 503 'Factdeck is busy, try again' that shows no database text, and the log keeps the detail", async () => {
    const impatient = new PrismaClient({ adapter: createSafeSqliteAdapter(testDb.url, { busyTimeoutMs: 50 }) });
    const other = new Database(testDb.url.replace(/^file:/, ""));
    other.exec("BEGIN IMMEDIATE");
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const response = await handleApi(async () => {
        await impatient.authThrottle.upsert({ where: { key: "k" }, create: { key: "k", windowStart: new Date() }, update: { failures: { increment: 1 } } });
        return Response.json({ ok: true });
      });
      expect(response.status).toBe(503);
      expect(response.headers.get("cache-control")).toBe("no-store");
      const body = await response.json();
      expect(body).toEqual({ error: { code: "BUSY", message: "Factdeck is busy, try again." } });
      expect(String(log.mock.calls[0]?.[1])).toMatch(/authThrottle|locked|busy|timed out/i);
    } finally {
      log.mockRestore();
      other.exec("ROLLBACK");
      other.close();
      await impatient.$disconnect();
    }
  });
});
