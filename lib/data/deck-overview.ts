import "server-only";
import type { Db } from "@/lib/db/client";
import { getReadableDeck, type ReadableDeck } from "./decks";
import { parseItemPayload } from "./item-payload";

/** A question as a learner's deck page shows it: never its answer, key or truth value. */
export type LearnerQuestion = {
  id: string;
  kind: string;
  prompt: string;
  options?: string[];
  matching?: { left: string[]; right: string[] };
  steps?: string[];
};

export type DeckOverview = {
  deck: ReadableDeck;
  article: { title: string; text: string; sourceUrl: string | null; publishedAt: Date | null } | null;
  counts: { facts: number; items: number; accepted: number; due: number };
  questions: LearnerQuestion[];
  /** where each fact's sentence sits in the article text */
  sentences: { spanStart: number; spanEnd: number }[];
};

/** Deterministic shuffle keyed by the item id, so the page renders the same on every request. */
function shuffled<T>(values: readonly T[], key: string): T[] {
  let state = 2166136261;
  for (const ch of key) state = Math.imul(state ^ ch.charCodeAt(0), 16777619) >>> 0;
  const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const copy = [...values];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  // A shuffle that lands on the correct order would give the key away.
  if (copy.length > 1 && copy.every((value, i) => value === values[i])) copy.push(copy.shift()!);
  return copy;
}

export function toLearnerQuestion(item: { id: string; kind: string; prompt: string; payload: string }): LearnerQuestion {
  const payload = parseItemPayload(item.payload);
  const question: LearnerQuestion = { id: item.id, kind: item.kind, prompt: item.prompt };
  if (item.kind === "mcq" && payload.options) question.options = payload.options;
  if (item.kind === "matching" && payload.pairs) {
    question.matching = { left: payload.pairs.map((p) => p.left), right: shuffled(payload.pairs.map((p) => p.right), item.id) };
  }
  if (item.kind === "ordering" && payload.sequence) question.steps = shuffled(payload.sequence, item.id);
  return question;
}

/** The deck page: what any reader may see (no answers), with counts and the reader's due cards. */
export async function getDeckOverview(db: Db, { userId, deckId, now = new Date() }: { userId: string; deckId: string; now?: Date }): Promise<DeckOverview> {
  const deck = await getReadableDeck(db, { userId, deckId });
  const [article, facts, items, accepted, due] = await Promise.all([
    deck.articleId ? db.article.findUnique({ where: { id: deck.articleId }, select: { title: true, text: true, sourceUrl: true, publishedAt: true } }) : null,
    db.fact.findMany({ where: { deckId, items: { some: { status: { not: "DISCARDED" } } } }, select: { spanStart: true, spanEnd: true } }),
    db.item.findMany({
      where: { deckId, status: { not: "DISCARDED" } },
      orderBy: { position: "asc" },
      take: 500,
      select: { id: true, kind: true, prompt: true, payload: true },
    }),
    db.item.count({ where: { deckId, status: { in: ["ACCEPTED", "EDITED"] } } }),
    db.cardState.count({ where: { userId, suspended: false, due: { lte: now }, fact: { deckId } } }),
  ]);
  return { deck, article, counts: { facts: facts.length, items: items.length, accepted, due }, questions: items.map(toLearnerQuestion), sentences: facts };
}
