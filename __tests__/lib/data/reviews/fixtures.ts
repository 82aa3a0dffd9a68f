import type { Db } from "@/lib/db/client";

export type ReviewFixture = { learner: string; stranger: string; deckId: string; privateDeckId: string; factIds: string[]; privateFactId: string; itemIds: string[] };

/** A learner and a stranger; a deck of the learner's with `facts` facts (one item each) and a private deck of the stranger's. */
export async function seedReviewFixture(db: Db, facts = 5): Promise<ReviewFixture> {
  const user = async (email: string) => (await db.user.create({ data: { email, sessionsValidAfter: new Date(0) } })).id;
  const learner = await user(`learner-${Math.random()}@example.com`);
  const stranger = await user(`stranger-${Math.random()}@example.com`);
  const deck = await db.deck.create({ data: { title: "Deck", ownerId: learner } });
  const privateDeck = await db.deck.create({ data: { title: "Private", ownerId: stranger } });
  const factIds: string[] = [];
  const itemIds: string[] = [];
  for (let position = 0; position < facts; position++) {
    const fact = await db.fact.create({ data: { deckId: deck.id, position, statement: `Fact ${position}`, sourceSentence: `Sentence ${position}.`, spanStart: 0, spanEnd: 10 } });
    const item = await db.item.create({ data: { deckId: deck.id, factId: fact.id, position, kind: "cloze", prompt: `Prompt ${position} ____`, answer: `answer ${position}`, rule: "test" } });
    factIds.push(fact.id);
    itemIds.push(item.id);
  }
  const privateFact = await db.fact.create({ data: { deckId: privateDeck.id, position: 0, statement: "Secret", sourceSentence: "Secret.", spanStart: 0, spanEnd: 6 } });
  return { learner, stranger, deckId: deck.id, privateDeckId: privateDeck.id, factIds, privateFactId: privateFact.id, itemIds };
}
