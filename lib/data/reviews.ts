import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { assignments, insertInto } from "@/lib/db/sql";
import { Prisma, type CardState } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { createEmptyCard } from "ts-fsrs";
import { formatInterval, isGrade, reviewCard, type Card, type SrsSettings } from "@/lib/srs";
import { cardFromRow, isTransientWriteError, isUniqueViolation, logColumns, rowFromCard } from "./card-state";
import { deckReadableSql } from "./deck-access-sql";
import { serializeByCard } from "./card-write-queue";
import { getSrsSettings } from "./srs-settings";

export type ReviewSource = "REVIEW" | "QUIZ";

export type SubmitReviewOptions = {
  userId: string;
  /** client-generated UUID: the idempotency key */
  id: string;
  factId: string;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy */
  rating: number;
  itemId?: string | null;
  durationMs?: number;
  source: ReviewSource;
  now: Date;
  /** due-date fuzz; on unless running under tests (which need exact dates) */
  fuzz?: boolean;
  /** queue ratings of one card inside this process (default); off to test the database's own serialisation */
  queueInProcess?: boolean;
};

export type SubmitReviewResult = {
  id: string;
  factId: string;
  /** when the fact is due next */
  due: Date;
  /** "10m", "3d": the interval the rating gave */
  interval: string;
  /** this rating made the fact a leech: it is now suspended */
  leech: boolean;
  /** true when this id had already been stored: nothing changed */
  replayed: boolean;
};

/** Retries when a concurrent rating of the same card won the version race (each loser waits a little, jittered). */
const MAX_ATTEMPTS = 40;

function backoff(attempt: number): Promise<void> {
  const ms = Math.min(50, 2 ** Math.min(attempt, 5)) * Math.random();
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export const defaultFuzz = () => process.env.NODE_ENV !== "test";

type StoredLog = { id: string; userId: string; factId: string; rating: number; itemId: string | null; durationMs: number; source: string; reviewedAt: Date; nextDue: Date | null };

const storedSelect = { id: true, userId: true, factId: true, rating: true, itemId: true, durationMs: true, source: true, reviewedAt: true, nextDue: true } as const;

function samePayload(log: StoredLog, review: SubmitReviewOptions): boolean {
  return (
    log.userId === review.userId &&
    log.factId === review.factId &&
    log.rating === review.rating &&
    log.source === review.source &&
    (log.itemId ?? null) === (review.itemId ?? null) &&
    log.durationMs === (review.durationMs ?? 0)
  );
}

function replayOf(log: StoredLog, review: SubmitReviewOptions): SubmitReviewResult {
  if (!samePayload(log, review)) throw new AppError("INVALID_INPUT", "This review id was already used for a different review. Send a new id.");
  const due = log.nextDue ?? log.reviewedAt;
  return { id: log.id, factId: log.factId, due, interval: formatInterval(log.reviewedAt, due), leech: false, replayed: true };
}

async function findStored(db: Db, id: string): Promise<StoredLog | null> {
  return db.reviewLog.findUnique({ where: { id }, select: storedSelect });
}

/**
 * Read access to a fact is read access to its deck (decks' one rule, in its SQL twin, in the same
 * statement); the item, when named, must ask about that fact. SQL because every rating runs it.
 */
export async function assertFactReadable(db: Db, target: { userId: string; factId: string; itemId?: string | null }): Promise<{ deckId: string }> {
  const { deckId } = await readFactWithCard(db, target);
  return { deckId };
}

type FactWithCardRow = { deckId: string; checkedItemId: string | null } & ({ [K in keyof CardState]: CardState[K] } | { [K in keyof CardState]: null });

/**
 * assertFactReadable and the user's card for the fact (null before the first rating) in one
 * statement: a rating needs both, and on PostgreSQL each statement is a round trip.
 */
async function readFactWithCard(db: Db, { userId, factId, itemId }: { userId: string; factId: string; itemId?: string | null }): Promise<{ deckId: string; card: CardState | null }> {
  const [row] = await db.$queryRaw<FactWithCardRow[]>`
    SELECT f."deckId", ${itemId ? Prisma.sql`(SELECT i."id" FROM "Item" i WHERE i."id" = ${itemId} AND i."factId" = f."id")` : Prisma.sql`NULL`} AS "checkedItemId", c.*
    FROM "Fact" f JOIN "Deck" d ON d."id" = f."deckId"
    LEFT JOIN "CardState" c ON c."factId" = f."id" AND c."userId" = ${userId}
    WHERE f."id" = ${factId} AND ${deckReadableSql(userId)}`;
  if (!row) throw new AppError("NOT_FOUND", "This fact does not exist or is not shared with you.");
  if (itemId && !row.checkedItemId) throw new AppError("INVALID_INPUT", "The item shown does not belong to this fact.");
  const { deckId, checkedItemId: _checkedItemId, ...card } = row;
  return { deckId, card: card.id === null ? null : (card as CardState) };
}

export async function findCard(db: Db, { userId, factId }: { userId: string; factId: string }): Promise<CardState | null> {
  const [row] = await db.$queryRaw<CardState[]>`SELECT * FROM "CardState" WHERE "userId" = ${userId} AND "factId" = ${factId}`;
  return row ?? null;
}

/** The user's card for a fact, created (new, version 0) on first review. */
export async function loadOrCreateCard(db: Db, { userId, factId, now }: { userId: string; factId: string; now: Date }): Promise<CardState> {
  const existing = await findCard(db, { userId, factId });
  if (existing) return existing;
  const row = newCardRow({ userId, factId, now });
  try {
    await createCardWrite(db, row);
    return row;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return (await findCard(db, { userId, factId }))!;
  }
}

/** A new card (version 0) as the row it becomes once createCardWrite has run. */
export function newCardRow({ userId, factId, now }: { userId: string; factId: string; now: Date }): CardState {
  return { id: randomUUID(), userId, factId, ...rowFromCard(createEmptyCard(now)), suspended: false, leechedAt: null, version: 0, createdAt: now, updatedAt: now };
}

export function createCardWrite(db: Db, row: CardState) {
  return db.$executeRaw(insertInto("CardState", row));
}

/**
 * The two writes of one rating: the log claims (card, version) and the state moves on only from
 * that version. For a card not yet stored (`isNew`), the card is inserted already rated instead of
 * inserted and then updated: its unique (user, fact) makes a concurrent first rating retry.
 */
export function ratingWrites(
  db: Db,
  { review, row, card, settings, fuzz, isNew = false }: { review: SubmitReviewOptions; row: CardState; card: Card; settings: SrsSettings; fuzz: boolean; isNew?: boolean },
) {
  const rating = review.rating;
  if (!isGrade(rating)) throw new AppError("INVALID_INPUT", "Rate 1 (Again) to 4 (Easy).");
  const outcome = reviewCard(card, rating, review.now, settings, { fuzz });
  const leech = outcome.becameLeech && !row.suspended;
  const logWrite = db.$executeRaw(
    insertInto("ReviewLog", {
      id: review.id,
      userId: review.userId,
      factId: review.factId,
      cardId: row.id,
      fromVersion: row.version,
      itemId: review.itemId ?? null,
      source: review.source,
      durationMs: review.durationMs ?? 0,
      nextDue: outcome.card.due,
      ...logColumns(outcome.log),
      createdAt: review.now,
    }),
  );
  const nextState = {
    ...rowFromCard(outcome.card),
    version: row.version + 1,
    updatedAt: review.now,
    ...(leech && { suspended: true, leechedAt: review.now }),
  };
  const writes = isNew
    ? [createCardWrite(db, { ...row, ...nextState }), logWrite]
    : [logWrite, db.$executeRaw`UPDATE "CardState" SET ${assignments(nextState)} WHERE "id" = ${row.id} AND "version" = ${row.version}`];
  const result: SubmitReviewResult = { id: review.id, factId: review.factId, due: outcome.card.due, interval: formatInterval(review.now, outcome.card.due), leech, replayed: false };
  return { writes, result, next: outcome.card };
}

/**
 * Records one rating of a fact and reschedules it (DESIGN.md "Transactions": one batch
 * transaction; the unique log id makes it idempotent, the unique (card, fromVersion) makes
 * concurrent ratings of one card take turns). The same id with the same payload answers the
 * stored result; with a different payload it is INVALID_INPUT. Quiz answers come here too.
 */
export async function submitReview(db: Db, review: SubmitReviewOptions): Promise<SubmitReviewResult> {
  if (!isGrade(review.rating)) {
    const stored = await findStored(db, review.id);
    if (stored) return replayOf(stored, review);
    throw new AppError("INVALID_INPUT", "Rate 1 (Again) to 4 (Easy).");
  }
  // No look-up of the id first: a replay is caught by the log's unique id at write time.
  const settings = await getSrsSettings(db, { userId: review.userId });
  // Read inside the card's queue, so the version read is the one the previous rating left.
  const write = async () => {
    const { card } = await readFactWithCard(db, review);
    return writeRating(db, review, settings, review.fuzz ?? defaultFuzz(), card);
  };
  return review.queueInProcess === false ? write() : serializeByCard(`${review.userId}:${review.factId}`, write);
}

async function writeRating(db: Db, review: SubmitReviewOptions, settings: SrsSettings, fuzz: boolean, firstRead: CardState | null): Promise<SubmitReviewResult> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const existing = attempt === 1 ? firstRead : await findCard(db, review);
    // A first rating inserts the card already rated, in the same batch as its log.
    const row = existing ?? newCardRow(review);
    const { writes, result } = ratingWrites(db, { review, row, card: cardFromRow(row), settings, fuzz, isNew: !existing });
    try {
      await db.$transaction(writes);
      return result;
    } catch (error) {
      if (isUniqueViolation(error)) {
        const winner = await findStored(db, review.id);
        if (winner) return replayOf(winner, review);
        await backoff(attempt);
        continue;
      }
      if (!isTransientWriteError(error)) throw error;
      await backoff(attempt);
    }
  }
  throw new AppError("CONFLICT", "This card is being reviewed elsewhere right now. Try again.");
}
