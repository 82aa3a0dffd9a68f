/** @jest-environment node */
import { deckListedSql, deckReadableSql } from "@/lib/data/deck-access-sql";
import { getReadableDeck, listDecksForUser, readableDeckWhere } from "@/lib/data/decks";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createTestDb, type TestDb } from "../../helpers/test-db";

let testDb: TestDb;
const ids: Record<string, string> = {};

beforeAll(async () => {
  testDb = await createTestDb();
  const { db } = testDb;
  const user = async (key: string, role = "STUDENT") =>
    (ids[key] = (await db.user.create({ data: { email: `${key}@example.com`, role, sessionsValidAfter: new Date() } })).id);
  await Promise.all([user("owner", "TEACHER"), user("stranger"), user("student"), user("archivedStudent"), user("assignedStudent")]);
  const deck = async (key: string, data: { visibility?: string; ownerId?: string | null }) =>
    (ids[key] = (await db.deck.create({ data: { title: key, ownerId: ids.owner, ...data } })).id);
  await deck("private", { visibility: "PRIVATE" });
  await deck("classes", { visibility: "CLASSES" });
  await deck("link", { visibility: "LINK" });
  await deck("shipped", { ownerId: null, visibility: "PRIVATE" });
  await deck("assigned", { visibility: "PRIVATE" });
  await deck("assignedInArchived", { visibility: "PRIVATE" });

  const live = await db.classroom.create({ data: { teacherId: ids.owner!, name: "Live", joinCode: "LIVE-1" } });
  const archived = await db.classroom.create({ data: { teacherId: ids.owner!, name: "Old", joinCode: "OLD-1", archivedAt: new Date() } });
  await db.enrollment.create({ data: { classroomId: live.id, userId: ids.student! } });
  await db.enrollment.create({ data: { classroomId: archived.id, userId: ids.archivedStudent! } });
  await db.enrollment.create({ data: { classroomId: live.id, userId: ids.assignedStudent! } });
  await db.assignment.create({ data: { classroomId: live.id, deckId: ids.assigned! } });
  await db.assignment.create({ data: { classroomId: archived.id, deckId: ids.assignedInArchived! } });
  await db.enrollment.create({ data: { classroomId: archived.id, userId: ids.stranger! } });
});
afterAll(() => testDb.cleanup());

const cases: { reader: string | null; deck: string; readable: boolean }[] = [
  { reader: "owner", deck: "private", readable: true },
  { reader: "owner", deck: "classes", readable: true },
  { reader: "stranger", deck: "private", readable: false },
  { reader: "stranger", deck: "classes", readable: false },
  { reader: "stranger", deck: "link", readable: true },
  { reader: "stranger", deck: "shipped", readable: true },
  { reader: "student", deck: "classes", readable: true },
  { reader: "student", deck: "private", readable: false },
  { reader: "archivedStudent", deck: "classes", readable: false },
  { reader: "archivedStudent", deck: "assignedInArchived", readable: false },
  { reader: "assignedStudent", deck: "assigned", readable: true },
  { reader: "stranger", deck: "assigned", readable: false },
  { reader: null, deck: "link", readable: false },
  { reader: null, deck: "shipped", readable: false },
  { reader: null, deck: "private", readable: false },
];

test.each(cases)("$reader reading the $deck deck: readable=$readable", async ({ reader, deck, readable }) => {
  const read = getReadableDeck(testDb.db, { userId: reader ? ids[reader]! : null, deckId: ids[deck]! });
  if (readable) await expect(read).resolves.toMatchObject({ id: ids[deck], isOwn: reader === "owner" });
  else await expect(read).rejects.toMatchObject({ code: "NOT_FOUND" });
});

test("a deck that does not exist is NOT_FOUND like an unreadable one", async () => {
  await expect(getReadableDeck(testDb.db, { userId: ids.owner!, deckId: "nope" })).rejects.toMatchObject({
    code: "NOT_FOUND",
    message: "This deck does not exist or is not shared with you.",
  });
});

test("a student's list shows class-shared and assigned decks but not link-only or archived-class decks", async () => {
  const titles = (await listDecksForUser(testDb.db, { userId: ids.student! })).map((d) => d.title).sort();
  expect(titles).toEqual(["assigned", "classes", "shipped"]);
  const archivedTitles = (await listDecksForUser(testDb.db, { userId: ids.archivedStudent! })).map((d) => d.title).sort();
  expect(archivedTitles).toEqual(["shipped"]);
});

describe("the SQL twin of the access rule (lib/data/deck-access-sql.ts)", () => {
  const readers = ["owner", "stranger", "student", "archivedStudent", "assignedStudent"];
  const idsWhere = async (condition: Prisma.Sql) =>
    (await testDb.db.$queryRaw<{ id: string }[]>`SELECT d."id" FROM "Deck" d WHERE ${condition}`).map((row) => row.id).sort();

  test.each(readers)("%s: readable in SQL is exactly readable through readableDeckWhere", async (reader) => {
    const expected = (await testDb.db.deck.findMany({ where: readableDeckWhere(ids[reader]!), select: { id: true } })).map((deck) => deck.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(await idsWhere(deckReadableSql(ids[reader]!))).toEqual(expected);
  });

  test.each(readers)("%s: listed in SQL is readable minus another owner's link-only deck", async (reader) => {
    const readable = await idsWhere(deckReadableSql(ids[reader]!));
    const expected = reader === "owner" ? readable : readable.filter((id) => id !== ids.link);
    expect(await idsWhere(deckListedSql(ids[reader]!))).toEqual(expected);
  });
});
