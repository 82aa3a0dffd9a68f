/** @jest-environment node */
import { listAssignmentsForStudent } from "@/lib/data/assignments";
import { getReadableDeck, listDecksForUser } from "@/lib/data/decks";
import { createTestDb, type TestDb } from "../../helpers/test-db";

let testDb: TestDb;
let alice: string, bob: string, teacher: string;
let privateDeck: string, publicDeck: string, assignedDeck: string;

beforeAll(async () => {
  testDb = await createTestDb();
  const { db } = testDb;
  const user = (email: string, role = "STUDENT") => db.user.create({ data: { email, role, sessionsValidAfter: new Date() } });
  [alice, bob, teacher] = (await Promise.all([user("alice@example.com"), user("bob@example.com"), user("t@example.com", "TEACHER")])).map((u) => u.id) as [string, string, string];
  privateDeck = (await db.deck.create({ data: { ownerId: alice, title: "Alice's private deck" } })).id;
  publicDeck = (await db.deck.create({ data: { ownerId: teacher, title: "Link deck", visibility: "LINK" } })).id;
  assignedDeck = (await db.deck.create({ data: { ownerId: teacher, title: "Assigned deck" } })).id;
  const classroom = await db.classroom.create({ data: { teacherId: teacher, name: "Class A", joinCode: "CLASS-A" } });
  await db.enrollment.create({ data: { classroomId: classroom.id, userId: bob } });
  await db.assignment.create({ data: { classroomId: classroom.id, deckId: assignedDeck, dueAt: new Date("2030-01-01") } });
});
afterAll(() => testDb.cleanup());

test("a user's list holds decks shared with them, not another user's private deck nor link-only decks", async () => {
  const titles = (await listDecksForUser(testDb.db, { userId: bob })).map((deck) => deck.title).sort();
  expect(titles).toEqual(["Assigned deck"]);
});

test("opening another user's private deck is NOT_FOUND, not a leak", async () => {
  await expect(getReadableDeck(testDb.db, { userId: bob, deckId: privateDeck })).rejects.toMatchObject({ code: "NOT_FOUND" });
  await expect(getReadableDeck(testDb.db, { userId: alice, deckId: privateDeck })).resolves.toMatchObject({ isOwn: true });
});

test("a deck assigned to a class is readable by its students only", async () => {
  await expect(getReadableDeck(testDb.db, { userId: bob, deckId: assignedDeck })).resolves.toMatchObject({ title: "Assigned deck" });
  await expect(getReadableDeck(testDb.db, { userId: alice, deckId: assignedDeck })).rejects.toMatchObject({ code: "NOT_FOUND" });
});

test("a student's assignments come only from classes they belong to", async () => {
  expect((await listAssignmentsForStudent(testDb.db, { userId: bob })).map((a) => a.deckTitle)).toEqual(["Assigned deck"]);
  expect(await listAssignmentsForStudent(testDb.db, { userId: alice })).toEqual([]);
});

test("a link-shared deck is readable by anyone signed in", async () => {
  await expect(getReadableDeck(testDb.db, { userId: alice, deckId: publicDeck })).resolves.toMatchObject({ isOwn: false });
});
