/** @jest-environment node */
import Database from "better-sqlite3";
import { createAuthOptions } from "@/lib/auth/options";
import { createSafeSqliteAdapter } from "@/lib/db/sqlite-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createSqliteTestDb, type TestDb } from "../../helpers/test-db";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createSqliteTestDb();
});
afterAll(() => testDb.cleanup());

// next-auth shows what authorize() throws as the sign-in form's error message.
test("a sign-in while the database stays locked says 'Factdeck is busy, try again', never Prisma's text", async () => {
  const impatient = new PrismaClient({ adapter: createSafeSqliteAdapter(testDb.url, { busyTimeoutMs: 50 }) });
  const provider = createAuthOptions(impatient).providers[0] as unknown as {
    options: { authorize(credentials: Record<string, string>, req: { headers: Record<string, string> }): Promise<unknown> };
  };
  const other = new Database(testDb.url.replace(/^file:/, ""));
  other.exec("BEGIN IMMEDIATE");
  const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    const error = await provider.options
      .authorize({ email: "someone@example.com", password: "a-long-password-1" }, { headers: {} })
      .catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe("Factdeck is busy, try again.");
    expect(log).toHaveBeenCalled();
  } finally {
    log.mockRestore();
    other.exec("ROLLBACK");
    other.close();
    await impatient.$disconnect();
  }
}, 30_000);
