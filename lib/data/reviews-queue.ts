import "server-only";
import { createEmptyCard } from "ts-fsrs";
import type { Db } from "@/lib/db/client";
import { readRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildQueue, previewIntervals, studyDayAt, type DoneToday, type QueueCandidate, type QueueKind } from "@/lib/srs";
import { cardFromRow } from "./card-state";
import { flashcardFront } from "./flashcard-front";
import { getReadableDeck, readableDeckWhere } from "./decks";
import { defaultFuzz } from "./reviews";
import { getSrsSettings } from "./srs-settings";
import { sentenceAnchor } from "@/lib/articles/segments";

export type ReviewCardView = {
  factId: string;
  deckId: string;
  deckTitle: string;
  kind: QueueKind;
  itemId: string;
  /** the recall prompt: a cloze or question, never multiple-choice options */
  prompt: string;
  answer: string;
  sourceSentence: string;
  articleTitle: string | null;
  articleUrl: string;
  leech: boolean;
  /** ISO due date; learning cards due later today wait until then */
  due: string;
  intervals: Record<1 | 2 | 3 | 4, string>;
};

export type ReviewSession = {
  scope: { deckId: string; title: string } | null;
  cards: ReviewCardView[];
  counts: Record<QueueKind, number>;
  dayEnds: string;
};

/** Preferred item kinds for a flashcard front: recall beats recognition. */
const KIND_RANK: Record<string, number> = { cloze: 0, short_answer: 1, mcq: 2, true_false: 3 };
const MAX_DUE_CARDS = 5000;
/** Items that can be a flashcard front (matching and ordering span several facts). */
const askable = { status: { not: "DISCARDED" }, kind: { in: Object.keys(KIND_RANK) } };
const MAX_DECKS = 50;

async function decksInScope(db: Db, userId: string, deckId?: string) {
  if (deckId) {
    const deck = await getReadableDeck(db, { userId, deckId });
    return [{ id: deck.id, title: deck.title }];
  }
  // "Everything due": decks the learner owns, is assigned, or has started studying.
  return db.deck.findMany({
    where: {
      AND: [
        readableDeckWhere(userId),
        {
          OR: [
            { ownerId: userId },
            { facts: { some: { cardStates: { some: { userId } } } } },
            { assignments: { some: { classroom: { archivedAt: null, enrollments: { some: { userId } } } } } },
          ],
        },
      ],
    },
    select: { id: true, title: true },
    orderBy: { createdAt: "asc" },
    take: MAX_DECKS,
  });
}

type DueCardRow = {
  factId: string;
  deckId: string;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
};

/**
 * The learner's unsuspended cards due before `before`, with their deck, by the (userId, due)
 * index. Raw SQL (the same on both providers) because this runs on every session start and
 * Prisma's row mapping cost several times the query itself (bench/reviews-due-queue.ts); the deck
 * scope is applied by the caller.
 */
export async function dueCardStates(db: Db, userId: string, before: Date) {
  const rows = await readRows<DueCardRow>(db, Prisma.sql`
    SELECT c."factId", f."deckId", c."due", c."stability", c."difficulty", c."elapsedDays", c."scheduledDays", c."learningSteps", c."reps", c."lapses", c."state", c."lastReview"
    FROM "CardState" c JOIN "Fact" f ON f."id" = c."factId"
    WHERE c."userId" = ${userId} AND c."suspended" = false AND c."due" < ${before}
    ORDER BY c."due" ASC LIMIT ${MAX_DUE_CARDS}`);
  return rows.map(({ deckId, ...row }) => ({ ...row, due: new Date(row.due), lastReview: row.lastReview === null ? null : new Date(row.lastReview), stability: Number(row.stability), difficulty: Number(row.difficulty), elapsedDays: Number(row.elapsedDays), scheduledDays: Number(row.scheduledDays), learningSteps: Number(row.learningSteps), reps: Number(row.reps), lapses: Number(row.lapses), state: Number(row.state), fact: { deckId } }));
}

async function doneToday(db: Db, userId: string, since: Date): Promise<DoneToday> {
  const logs = await db.reviewLog.findMany({
    where: { userId, reviewedAt: { gte: since }, undoneAt: null, source: { in: ["REVIEW", "QUIZ"] } },
    select: { state: true, fact: { select: { deckId: true } } },
  });
  const done: DoneToday = { newTotal: 0, reviewsTotal: 0, newByDeck: {}, reviewsByDeck: {} };
  for (const { state, fact } of logs) {
    if (state === 0) {
      done.newTotal += 1;
      done.newByDeck[fact.deckId] = (done.newByDeck[fact.deckId] ?? 0) + 1;
    } else if (state === 2) {
      done.reviewsTotal += 1;
      done.reviewsByDeck[fact.deckId] = (done.reviewsByDeck[fact.deckId] ?? 0) + 1;
    }
  }
  return done;
}

/** The cards a learner still has due today (one deck, or every deck they study), in order. */
export async function getReviewSession(db: Db, { userId, deckId, now }: { userId: string; deckId?: string; now: Date }): Promise<ReviewSession> {
  const settings = await getSrsSettings(db, { userId });
  const day = studyDayAt(now, settings.timeZone, settings.dayStartHour);
  const decks = await decksInScope(db, userId, deckId);
  const deckIds = decks.map((deck) => deck.id);
  const [states, done, fresh] = await Promise.all([
    dueCardStates(db, userId, day.end),
    doneToday(db, userId, day.start),
    Promise.all(
      deckIds.map((id) =>
        db.fact.findMany({ where: { deckId: id, cardStates: { none: { userId } }, items: { some: askable } }, orderBy: { position: "asc" }, take: settings.newPerDeck, select: { id: true, deckId: true } }),
      ),
    ),
  ]);
  const inScope = new Set(deckIds);
  const candidates: QueueCandidate[] = [
    ...states.filter((state) => inScope.has(state.fact.deckId)).map((state) => ({ factId: state.factId, deckId: state.fact.deckId, card: cardFromRow(state) })),
    ...fresh.flat().map((fact) => ({ factId: fact.id, deckId: fact.deckId, card: null })),
  ];
  const queue = buildQueue({ candidates, now, day, settings, done });
  const facts = await db.fact.findMany({
    where: { id: { in: queue.cards.map((card) => card.factId) } },
    select: {
      id: true,
      statement: true,
      sourceSentence: true,
      spanStart: true,
      deck: { select: { id: true, title: true, article: { select: { title: true } } } },
      items: { where: askable, select: { id: true, kind: true, prompt: true, answer: true, score: true } },
      cardStates: { where: { userId }, select: { leechedAt: true } },
    },
  });
  const factById = new Map(facts.map((fact) => [fact.id, fact]));
  const fuzz = defaultFuzz();
  const cards = queue.cards.flatMap((entry): ReviewCardView[] => {
    const fact = factById.get(entry.factId);
    const item = fact && [...fact.items].sort((a, b) => (KIND_RANK[a.kind] ?? 9) - (KIND_RANK[b.kind] ?? 9) || b.score - a.score)[0];
    // A fact whose every item was discarded has nothing to ask.
    if (!fact || !item) return [];
    const front = flashcardFront(item, fact.statement);
    const preview = previewIntervals(entry.card ?? createEmptyCard(now), now, settings, { fuzz });
    return [
      {
        factId: fact.id,
        deckId: fact.deck.id,
        deckTitle: fact.deck.title,
        kind: entry.kind,
        itemId: item.id,
        ...front,
        sourceSentence: fact.sourceSentence,
        articleTitle: fact.deck.article?.title ?? null,
        articleUrl: sentenceAnchor(fact.deck.id, fact.spanStart),
        leech: fact.cardStates[0]?.leechedAt != null,
        due: (entry.card?.due ?? now).toISOString(),
        intervals: { 1: preview[1].label, 2: preview[2].label, 3: preview[3].label, 4: preview[4].label },
      },
    ];
  });
  const scope = deckId && decks[0] ? { deckId: decks[0].id, title: decks[0].title } : null;
  return { scope, cards, counts: queue.counts, dayEnds: day.end.toISOString() };
}
