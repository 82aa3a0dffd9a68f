import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseItemPayload, type ItemPayload } from "./item-payload";

export type DeckSummary = {
  id: string;
  title: string;
  description: string;
  visibility: string;
  isOwn: boolean;
  isDemo: boolean;
  factCount: number;
  itemCount: number;
  updatedAt: Date;
};

/** Decks a user may open: their own, public ones, and those assigned to a class they belong to. */
function readableBy(userId: string) {
  return {
    OR: [
      { ownerId: userId },
      { visibility: "PUBLIC" },
      { assignments: { some: { classroom: { enrollments: { some: { userId } } } } } },
    ],
  };
}

export async function listDecksForUser(db: Db, { userId }: { userId: string }): Promise<DeckSummary[]> {
  const decks = await db.deck.findMany({
    where: readableBy(userId),
    orderBy: [{ updatedAt: "desc" }],
    take: 200,
    select: {
      id: true,
      title: true,
      description: true,
      visibility: true,
      ownerId: true,
      slug: true,
      updatedAt: true,
      _count: { select: { facts: true, items: { where: { status: { not: "DISCARDED" } } } } },
    },
  });
  return decks.map((deck) => ({
    id: deck.id,
    title: deck.title,
    description: deck.description,
    visibility: deck.visibility,
    isOwn: deck.ownerId === userId,
    isDemo: deck.slug !== null,
    factCount: deck._count.facts,
    itemCount: deck._count.items,
    updatedAt: deck.updatedAt,
  }));
}

export type DeckDetail = {
  id: string;
  title: string;
  description: string;
  isOwn: boolean;
  article: { title: string; text: string; sourceUrl: string | null; publishedAt: Date | null } | null;
  items: { id: string; kind: string; prompt: string; answer: string; payload: ItemPayload; sourceSentence: string }[];
};

/** One deck with its article and live items; NOT_FOUND when missing or not readable by the user. */
export async function getDeckForUser(db: Db, { userId, deckId }: { userId: string; deckId: string }): Promise<DeckDetail> {
  const deck = await db.deck.findFirst({
    where: { id: deckId, ...readableBy(userId) },
    select: {
      id: true,
      title: true,
      description: true,
      ownerId: true,
      article: { select: { title: true, text: true, sourceUrl: true, publishedAt: true } },
      items: {
        where: { status: { not: "DISCARDED" } },
        orderBy: { position: "asc" },
        take: 500,
        select: { id: true, kind: true, prompt: true, answer: true, payload: true, fact: { select: { sourceSentence: true } } },
      },
    },
  });
  if (!deck) throw new AppError("NOT_FOUND", "This deck does not exist or is not shared with you.");
  return {
    id: deck.id,
    title: deck.title,
    description: deck.description,
    isOwn: deck.ownerId === userId,
    article: deck.article,
    items: deck.items.map(({ fact, payload, ...item }) => ({
      ...item,
      payload: parseItemPayload(payload),
      sourceSentence: fact.sourceSentence,
    })),
  };
}
