/** @jest-environment node */
import { createTestDb, type TestDb } from "../../helpers/test-db";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.cleanup());

test("deleting a user cascades to their decks, facts and card states", async () => {
  const { db } = testDb;
  const user = await db.user.create({ data: { email: "cascade@example.com", sessionsValidAfter: new Date() } });
  const deck = await db.deck.create({ data: { ownerId: user.id, title: "Owned" } });
  const fact = await db.fact.create({
    data: { deckId: deck.id, position: 0, statement: "s", sourceSentence: "s", spanStart: 0, spanEnd: 1 },
  });
  await db.cardState.create({ data: { userId: user.id, factId: fact.id, due: new Date() } });
  await db.user.delete({ where: { id: user.id } });
  expect(await db.deck.count({ where: { id: deck.id } })).toBe(0);
  expect(await db.fact.count({ where: { id: fact.id } })).toBe(0);
  expect(await db.cardState.count({ where: { userId: user.id } })).toBe(0);
});
