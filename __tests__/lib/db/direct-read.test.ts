/** @jest-environment node */
import { readRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { createTestDb, withClient, type TestDb } from "../../helpers/test-db";

let testDb: TestDb;
let userId: string;
const created = new Date("2026-03-01T10:20:30.456Z");

beforeAll(async () => {
  testDb = await createTestDb();
  const { db } = testDb;
  userId = (await db.user.create({ data: { email: "reader@example.com", sessionsValidAfter: created } })).id;
  await db.classroom.create({ data: { teacherId: userId, name: "Open", joinCode: "OPEN-1", createdAt: created } });
  await db.classroom.create({ data: { teacherId: userId, name: "Closed", joinCode: "SHUT-1", joinCodeEnabled: false, createdAt: new Date(created.getTime() + 1000) } });
});

afterAll(() => testDb.cleanup());

const classesOf = (id: string) => Prisma.sql`
  SELECT c."name", c."joinCodeEnabled", c."createdAt", c."archivedAt",
    (SELECT COUNT(*) FROM "Enrollment" e WHERE e."classroomId" = c."id") AS "students"
  FROM "Classroom" c WHERE c."teacherId" = ${id} ORDER BY c."createdAt"`;

type ClassRow = { name: string; joinCodeEnabled: boolean; createdAt: Date; archivedAt: Date | null; students: bigint | number };

test("rows come back with the values and types $queryRaw gives: dates, booleans, nulls; counts as numbers", async () => {
  const direct = await readRows<ClassRow>(testDb.db, classesOf(userId));
  const viaPrisma = await testDb.db.$queryRaw<ClassRow[]>(classesOf(userId));
  expect(direct).toEqual(viaPrisma.map((row) => ({ ...row, students: Number(row.students) })));
  expect(direct[0]).toEqual({ name: "Open", joinCodeEnabled: true, createdAt: created, archivedAt: null, students: 0 });
  expect(direct[1]!.joinCodeEnabled).toBe(false);
  expect(direct[0]!.createdAt).toBeInstanceOf(Date);
});

test("a bound Date compares with stored dates as Prisma's own binding does, to the millisecond", async () => {
  const before = (at: Date) => Prisma.sql`SELECT c."name" FROM "Classroom" c WHERE c."teacherId" = ${userId} AND c."createdAt" <= ${at} ORDER BY c."name"`;
  for (const at of [new Date(created.getTime() - 1), created, new Date(created.getTime() + 1000)]) {
    expect(await readRows(testDb.db, before(at))).toEqual(await testDb.db.$queryRaw(before(at)));
  }
  expect(await readRows(testDb.db, before(created))).toEqual([{ name: "Open" }]);
});

test("a write is visible to the next direct read once it has committed, and not before", async () => {
  const { db } = testDb;
  const names = async () => (await readRows<{ name: string }>(db, classesOf(userId))).map((row) => row.name);
  await db.$transaction(async (tx) => {
    await tx.classroom.create({ data: { teacherId: userId, name: "Pending", joinCode: "PEND-1", createdAt: new Date(created.getTime() + 2000) } });
    // Inside the transaction its client reads through $queryRaw and sees its own write; the direct path does not.
    expect((await readRows<{ name: string }>(tx, classesOf(userId))).map((row) => row.name)).toContain("Pending");
    expect(await names()).not.toContain("Pending");
  });
  expect(await names()).toEqual(["Open", "Closed", "Pending"]);
});

test("values are bound, never spliced into the SQL", async () => {
  const hostile = `x" OR 1=1 --'; DROP TABLE "User"; --`;
  expect(await readRows(testDb.db, classesOf(hostile))).toEqual([]);
  expect(await testDb.db.user.count()).toBe(1);
});

test("a date the database wrote itself (a column default) reads as the same instant as through Prisma", async () => {
  const { db } = testDb;
  await db.$executeRaw`INSERT INTO "Classroom" ("id", "teacherId", "name", "joinCode") VALUES ('defaulted', ${userId}, 'Defaulted', 'DEF-1')`;
  const query = Prisma.sql`SELECT c."createdAt" FROM "Classroom" c WHERE c."id" = 'defaulted'`;
  const [direct] = await readRows<{ createdAt: Date }>(db, query);
  const [viaPrisma] = await db.$queryRaw<{ createdAt: Date }[]>(query);
  expect(direct!.createdAt.getTime()).toBe(viaPrisma!.createdAt.getTime());
  expect(Math.abs(direct!.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
});

// Against a real PostgreSQL server only (TEST_DATABASE_URL=postgresql://…): SQLite has no server to end a connection.
if (process.env.TEST_DATABASE_URL?.startsWith("postgres")) {
  test("an idle pooled connection the server ends is dropped from the pool, not fatal, and the next read opens another", async () => {
    const { db, url } = testDb;
    const pid = async () => (await readRows<{ pid: number }>(db, Prisma.sql`SELECT pg_backend_pid() AS "pid"`))[0]!.pid;
    const before = await pid();
    const errors: unknown[] = [];
    const onUncaught = (error: unknown) => errors.push(error);
    process.on("uncaughtException", onUncaught);
    try {
      await withClient(url, (client) => client.query("SELECT pg_terminate_backend($1)", [before]));
      await new Promise((resolve) => setTimeout(resolve, 200));
      const after = await pid();
      expect(after).not.toBe(before);
      expect(errors).toEqual([]);
    } finally {
      process.off("uncaughtException", onUncaught);
    }
  });
}
