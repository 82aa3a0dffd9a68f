/** @jest-environment node */
import { authenticate } from "@/lib/auth/credentials";
import { DEMO_ACCOUNTS, DEMO_DECK_SLUG, DEMO_PASSWORD, seed } from "@/prisma/seed";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.cleanup());

const counts = async () => ({
  decks: await testDb.db.deck.count(),
  facts: await testDb.db.fact.count(),
  items: await testDb.db.item.count(),
  users: await testDb.db.user.count(),
  assignments: await testDb.db.assignment.count(),
});

test("without demo accounts, the seed stores the demo article and fills its deck from the generator", async () => {
  const result = await seed(testDb.db, { demoAccounts: false });
  const deck = await testDb.db.deck.findUniqueOrThrow({ where: { slug: DEMO_DECK_SLUG }, include: { article: true } });
  expect(deck.visibility).toBe("PUBLIC");
  expect(deck.article?.text).toContain("Budapest");
  expect(deck.article?.publishedAt?.toISOString()).toBe("2025-10-17T00:00:00.000Z");
  // Issue 10's floor for an article of 300+ words; the stored count is what the generator returned.
  expect(result.generated?.items).toBeGreaterThanOrEqual(15);
  expect(await testDb.db.item.count({ where: { deckId: deck.id } })).toBe(result.generated?.items);
  expect(await testDb.db.user.count()).toBe(0);
});

test("every stored item quotes a source sentence that is in the article", async () => {
  const deck = await testDb.db.deck.findUniqueOrThrow({ where: { slug: DEMO_DECK_SLUG }, include: { article: true } });
  const facts = await testDb.db.fact.findMany({ where: { deckId: deck.id } });
  for (const fact of facts) expect(deck.article!.text.slice(fact.spanStart, fact.spanEnd).length).toBeGreaterThan(0);
  for (const fact of facts) expect(deck.article!.text).toContain(fact.sourceSentence);
});

test("with demo accounts, a second run changes nothing and the demo student can sign in", async () => {
  await seed(testDb.db, { demoAccounts: true });
  const first = await counts();
  await seed(testDb.db, { demoAccounts: true });
  expect(await counts()).toEqual(first);
  expect(first).toMatchObject({ decks: 1, users: 2, assignments: 1 });
  await expect(
    authenticate({ db: testDb.db, credentials: { email: DEMO_ACCOUNTS.student.email, password: DEMO_PASSWORD }, ip: null, now: new Date() }),
  ).resolves.toMatchObject({ role: "STUDENT" });
});
