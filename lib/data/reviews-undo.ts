import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { undoReview as rollbackCard } from "@/lib/srs";
import { cardFromRow, isTransientWriteError, isUniqueViolation, logFromRow, rowFromCard } from "./card-state";
import { serializeByCard } from "./card-write-queue";
import { getSrsSettings } from "./srs-settings";

export type UndoReviewResult = { id: string; factId: string; due: Date; alreadyUndone: boolean };

const notFound = () => new AppError("NOT_FOUND", "There is no such rating of yours to undo.");

/**
 * Takes back a rating (ts-fsrs rollback). Only the card's latest rating can be undone. Like a
 * rating, the undo claims the card's version with a log row (source UNDO) in one batch
 * transaction, so it cannot race a rating of the same card; undoing twice is harmless.
 */
export async function undoReview(db: Db, { userId, id, now }: { userId: string; id: string; now: Date }): Promise<UndoReviewResult> {
  const log = await db.reviewLog.findUnique({ where: { id } });
  if (!log || log.userId !== userId || log.source === "UNDO") throw notFound();
  const settings = await getSrsSettings(db, { userId });
  return serializeByCard(`${userId}:${log.factId}`, async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      const current = await db.reviewLog.findUniqueOrThrow({ where: { id }, select: { undoneAt: true } });
      const card = await db.cardState.findUniqueOrThrow({ where: { id: log.cardId } });
      if (current.undoneAt) return { id, factId: log.factId, due: card.due, alreadyUndone: true };
      if (card.version !== log.fromVersion + 1) throw new AppError("CONFLICT", "Only the latest rating of a card can be undone.");
      const previous = rollbackCard(cardFromRow(card), logFromRow(log), settings);
      const madeLeech = card.leechedAt !== null && card.leechedAt.getTime() === log.reviewedAt.getTime();
      try {
        await db.$transaction([
          db.reviewLog.create({
            data: {
              id: `undo-${randomUUID()}`,
              userId,
              factId: log.factId,
              cardId: card.id,
              fromVersion: card.version,
              rating: 0,
              source: "UNDO",
              state: card.state,
              due: card.due,
              stability: card.stability,
              difficulty: card.difficulty,
              elapsedDays: card.elapsedDays,
              lastElapsedDays: card.elapsedDays,
              scheduledDays: card.scheduledDays,
              learningSteps: card.learningSteps,
              reviewedAt: now,
              nextDue: previous.due,
            },
          }),
          db.reviewLog.updateMany({ where: { id, undoneAt: null }, data: { undoneAt: now } }),
          db.cardState.updateMany({
            where: { id: card.id, version: card.version },
            data: { ...rowFromCard(previous), version: card.version + 1, ...(madeLeech && { suspended: false, leechedAt: null }) },
          }),
        ]);
        return { id, factId: log.factId, due: previous.due, alreadyUndone: false };
      } catch (error) {
        if (!isUniqueViolation(error) && !isTransientWriteError(error)) throw error;
      }
    }
    throw new AppError("CONFLICT", "This card is being reviewed elsewhere right now. Try again.");
  });
}
