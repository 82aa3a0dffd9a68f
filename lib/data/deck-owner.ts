import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { DeckVisibility } from "./decks";
import { getReadableDeck } from "./decks";

/**
 * The deck when `userId` owns it. A reader who is not the owner gets FORBIDDEN (they can see the
 * deck anyway); anyone else NOT_FOUND, so private decks stay undisclosed.
 */
export async function requireOwnedDeck(db: Db, { userId, deckId }: { userId: string; deckId: string }) {
  const deck = await getReadableDeck(db, { userId, deckId });
  if (!deck.isOwn) throw new AppError("FORBIDDEN", "Only the deck's owner can change it. Copy it into your decks to edit your own version.");
  return deck;
}

export async function setDeckVisibility(db: Db, { userId, deckId, visibility }: { userId: string; deckId: string; visibility: DeckVisibility }) {
  await requireOwnedDeck(db, { userId, deckId });
  await db.deck.update({ where: { id: deckId }, data: { visibility } });
}

export type DeletionSummary = { facts: number; items: number; learners: number; quizAttempts: number; assignments: number };

/** What deleting a deck also deletes, to show before the user confirms. */
export async function deckDeletionSummary(db: Db, { userId, deckId }: { userId: string; deckId: string }): Promise<DeletionSummary> {
  await requireOwnedDeck(db, { userId, deckId });
  const [facts, items, learners, quizAttempts, assignments] = await Promise.all([
    db.fact.count({ where: { deckId } }),
    db.item.count({ where: { deckId } }),
    db.cardState.groupBy({ by: ["userId"], where: { fact: { deckId } } }).then((rows) => rows.length),
    db.quizAttempt.count({ where: { deckId } }),
    db.assignment.count({ where: { deckId } }),
  ]);
  return { facts, items, learners, quizAttempts, assignments };
}

/** Deletes the deck with its facts, items, learners' flashcard progress, quiz attempts and assignments (cascades), and its article if no other deck uses it. */
export async function deleteDeck(db: Db, { userId, deckId }: { userId: string; deckId: string }) {
  const deck = await requireOwnedDeck(db, { userId, deckId });
  await db.deck.delete({ where: { id: deckId } });
  if (deck.articleId) await db.article.deleteMany({ where: { id: deck.articleId, ownerId: userId, decks: { none: {} } } });
}

/** Copies a deck the user may read into their own decks (private), with its article, facts and live items. */
export async function copyDeck(db: Db, { userId, deckId }: { userId: string; deckId: string }): Promise<{ deckId: string }> {
  const source = await getReadableDeck(db, { userId, deckId });
  const [article, facts, items] = await Promise.all([
    source.articleId ? db.article.findUnique({ where: { id: source.articleId } }) : null,
    db.fact.findMany({ where: { deckId }, orderBy: { position: "asc" } }),
    db.item.findMany({ where: { deckId, status: { not: "DISCARDED" } }, orderBy: { position: "asc" } }),
  ]);
  const newDeckId = randomUUID();
  const newArticleId = article ? randomUUID() : null;
  const factIds = new Map(facts.map((f) => [f.id, randomUUID()]));
  await db.$transaction([
    ...(article && newArticleId
      ? [db.article.create({ data: { id: newArticleId, ownerId: userId, title: article.title, text: article.text, sourceUrl: article.sourceUrl, publishedAt: article.publishedAt } })]
      : []),
    db.deck.create({ data: { id: newDeckId, ownerId: userId, articleId: newArticleId, title: source.title, description: source.description, visibility: "PRIVATE" } }),
    db.fact.createMany({
      data: facts.map(({ id, createdAt: _c, deckId: _d, ...fact }) => ({ ...fact, id: factIds.get(id)!, deckId: newDeckId })),
    }),
    db.item.createMany({
      data: items.map(({ id: _i, createdAt: _c, updatedAt: _u, deckId: _d, factId, ...item }) => ({ ...item, deckId: newDeckId, factId: factIds.get(factId)! })),
    }),
  ]);
  return { deckId: newDeckId };
}
