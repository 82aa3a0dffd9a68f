import "server-only";
import type { Db } from "@/lib/db/client";
import { readRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { deckListedSql } from "./deck-access-sql";

export type DeckSummary = {
  id: string;
  title: string;
  description: string;
  visibility: string;
  isOwn: boolean;
  isDemo: boolean;
  factCount: number;
  itemCount: number;
  acceptedCount: number;
  dueCount: number;
  updatedAt: Date;
};

export const DECK_VISIBILITIES = ["PRIVATE", "CLASSES", "LINK"] as const;
export type DeckVisibility = (typeof DECK_VISIBILITIES)[number];

/**
 * THE read-access rule for decks (every feature goes through it): the owner; shipped decks
 * (ownerId null) for anyone signed in; LINK decks for anyone signed in; CLASSES decks for
 * students enrolled in a non-archived class of the owner; any deck assigned to a non-archived
 * class the user is enrolled in. Lists show the same decks except LINK ones (opened by link, not
 * listed). Hot SQL reads use the twin of this rule in ./deck-access-sql.ts.
 */
export function readableDeckWhere(userId: string) {
  const enrolled = { archivedAt: null, enrollments: { some: { userId } } };
  return {
    OR: [
      { ownerId: userId },
      { ownerId: null },
      { visibility: "LINK" },
      { visibility: "CLASSES", owner: { classrooms: { some: enrolled } } },
      { assignments: { some: { classroom: enrolled } } },
    ],
  };
}

export type ReadableDeck = {
  id: string;
  title: string;
  description: string;
  visibility: string;
  ownerId: string | null;
  articleId: string | null;
  isOwn: boolean;
  isShipped: boolean;
  updatedAt: Date;
};

/**
 * The deck if `userId` may read it, else AppError NOT_FOUND (never FORBIDDEN: a private deck's
 * existence is not disclosed). A null userId (signed out) reads nothing.
 */
export async function getReadableDeck(db: Db, { userId, deckId }: { userId: string | null; deckId: string }): Promise<ReadableDeck> {
  const deck = userId
    ? await db.deck.findFirst({
        where: { id: deckId, ...readableDeckWhere(userId) },
        select: { id: true, title: true, description: true, visibility: true, ownerId: true, articleId: true, updatedAt: true },
      })
    : null;
  if (!deck) throw new AppError("NOT_FOUND", "This deck does not exist or is not shared with you.");
  return { ...deck, isOwn: deck.ownerId === userId, isShipped: deck.ownerId === null };
}

/**
 * The decks a user sees in their list, newest first, with counts: facts, live items, items the
 * owner accepted or edited, and the user's due flashcards (CardState due <= now, not suspended).
 */
type DeckListRow = {
  id: string;
  title: string;
  description: string;
  visibility: string;
  ownerId: string | null;
  slug: string | null;
  updatedAt: Date;
  factCount: bigint | number;
  itemCount: bigint | number;
  acceptedCount: bigint | number;
  dueCount: bigint | number;
};

export async function listDecksForUser(
  db: Db,
  { userId, query, now = new Date() }: { userId: string; query?: string; now?: Date },
): Promise<DeckSummary[]> {
  // One statement, not three query-builder calls: this runs on the home page and /api/decks (docs/performance.md).
  // Facts a learner can be asked about (factCount): the editor and the quiz count the same ones.
  const decks = await readRows<DeckListRow>(db, Prisma.sql`
    SELECT d."id", d."title", d."description", d."visibility", d."ownerId", d."slug", d."updatedAt",
      (SELECT COUNT(*) FROM "Fact" f WHERE f."deckId" = d."id"
        AND EXISTS (SELECT 1 FROM "Item" i WHERE i."factId" = f."id" AND i."status" <> 'DISCARDED')) AS "factCount",
      (SELECT COUNT(*) FROM "Item" i WHERE i."deckId" = d."id" AND i."status" <> 'DISCARDED') AS "itemCount",
      (SELECT COUNT(*) FROM "Item" i WHERE i."deckId" = d."id" AND i."status" IN ('ACCEPTED', 'EDITED')) AS "acceptedCount",
      (SELECT COUNT(*) FROM "CardState" s JOIN "Fact" f ON f."id" = s."factId"
        WHERE s."userId" = ${userId} AND f."deckId" = d."id" AND s."suspended" = false AND s."due" <= ${now}) AS "dueCount"
    FROM "Deck" d
    WHERE ${deckListedSql(userId)}
    ORDER BY d."updatedAt" DESC
    LIMIT 500`);
  const needle = query?.trim().toLowerCase();
  const shown = (needle ? decks.filter((deck) => deck.title.toLowerCase().includes(needle)) : decks).slice(0, 200);
  return shown.map((deck) => ({
    id: deck.id,
    title: deck.title,
    description: deck.description,
    visibility: deck.visibility,
    isOwn: deck.ownerId === userId,
    isDemo: deck.slug !== null,
    factCount: Number(deck.factCount),
    itemCount: Number(deck.itemCount),
    acceptedCount: Number(deck.acceptedCount),
    dueCount: Number(deck.dueCount),
    updatedAt: deck.updatedAt,
  }));
}
