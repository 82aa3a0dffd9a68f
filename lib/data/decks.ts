import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

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
 * class the user is enrolled in.
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

/** Decks listed for a user: their own, shipped ones, and those shared with them through a class (LINK decks are opened by link, not listed). */
function listedFor(userId: string) {
  const enrolled = { archivedAt: null, enrollments: { some: { userId } } };
  return {
    OR: [
      { ownerId: userId },
      { ownerId: null },
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
export async function listDecksForUser(
  db: Db,
  { userId, query, now = new Date() }: { userId: string; query?: string; now?: Date },
): Promise<DeckSummary[]> {
  const decks = await db.deck.findMany({
    where: listedFor(userId),
    orderBy: [{ updatedAt: "desc" }],
    take: 500,
    select: {
      id: true,
      title: true,
      description: true,
      visibility: true,
      ownerId: true,
      slug: true,
      updatedAt: true,
      // Facts a learner can be asked about: the editor and the quiz count the same ones.
      _count: { select: { facts: { where: { items: { some: { status: { not: "DISCARDED" } } } } }, items: { where: { status: { not: "DISCARDED" } } } } },
    },
  });
  const needle = query?.trim().toLowerCase();
  const shown = (needle ? decks.filter((deck) => deck.title.toLowerCase().includes(needle)) : decks).slice(0, 200);
  const ids = shown.map((deck) => deck.id);
  const [accepted, due] = await Promise.all([
    db.item.groupBy({ by: ["deckId"], where: { deckId: { in: ids }, status: { in: ["ACCEPTED", "EDITED"] } }, _count: { _all: true } }),
    db.cardState.findMany({
      where: { userId, suspended: false, due: { lte: now }, fact: { deckId: { in: ids } } },
      select: { fact: { select: { deckId: true } } },
    }),
  ]);
  const acceptedBy = new Map(accepted.map((row) => [row.deckId, row._count._all]));
  const dueBy = new Map<string, number>();
  for (const card of due) dueBy.set(card.fact.deckId, (dueBy.get(card.fact.deckId) ?? 0) + 1);
  return shown.map((deck) => ({
    id: deck.id,
    title: deck.title,
    description: deck.description,
    visibility: deck.visibility,
    isOwn: deck.ownerId === userId,
    isDemo: deck.slug !== null,
    factCount: deck._count.facts,
    itemCount: deck._count.items,
    acceptedCount: acceptedBy.get(deck.id) ?? 0,
    dueCount: dueBy.get(deck.id) ?? 0,
    updatedAt: deck.updatedAt,
  }));
}
