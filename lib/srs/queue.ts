import { State, type Card } from "ts-fsrs";
import type { StudyDay } from "./day";
import { retrievability } from "./scheduler";
import type { SrsSettings } from "./settings";

export type QueueCandidate = {
  factId: string;
  deckId: string;
  /** null: never studied (a new card) */
  card: Card | null;
};

/** What the learner already did today, to apply the daily limits. */
export type DoneToday = {
  newTotal: number;
  reviewsTotal: number;
  newByDeck: Record<string, number>;
  reviewsByDeck: Record<string, number>;
};

export type QueueKind = "new" | "learning" | "review";
export type QueuedCard = QueueCandidate & { kind: QueueKind };
export type ReviewQueue = { cards: QueuedCard[]; counts: Record<QueueKind, number> };

export const NOTHING_DONE: DoneToday = { newTotal: 0, reviewsTotal: 0, newByDeck: {}, reviewsByDeck: {} };

function kindOf(card: Card | null): QueueKind {
  if (!card || card.state === State.New) return "new";
  return card.state === State.Review ? "review" : "learning";
}

/** Takes candidates in order while both the deck's and the day's remaining allowance last. */
function takeWithinLimits(cards: QueuedCard[], perDeck: number, total: number, doneByDeck: Record<string, number>, doneTotal: number): QueuedCard[] {
  const usedByDeck = new Map<string, number>();
  let left = Math.max(0, total - doneTotal);
  const taken: QueuedCard[] = [];
  for (const card of cards) {
    if (left === 0) break;
    const used = usedByDeck.get(card.deckId) ?? doneByDeck[card.deckId] ?? 0;
    if (used >= perDeck) continue;
    usedByDeck.set(card.deckId, used + 1);
    taken.push(card);
    left -= 1;
  }
  return taken;
}

/**
 * Today's review session. Learning cards due by now come first; then review cards due before
 * the day ends, most likely forgotten first (lowest retrievability), so a missed week is
 * worked off in the order that saves the most memories; then new cards in deck order; then
 * learning cards that come due later today. Reviews and new cards obey the daily limits per
 * deck and overall; learning cards never wait.
 */
export function buildQueue({ candidates, now, day, settings, done = NOTHING_DONE }: { candidates: QueueCandidate[]; now: Date; day: StudyDay; settings: SrsSettings; done?: DoneToday }): ReviewQueue {
  const dueBy = day.end.getTime();
  const queued = candidates.map((candidate) => ({ ...candidate, kind: kindOf(candidate.card) }));
  const learning = queued.filter((entry) => entry.kind === "learning" && entry.card!.due.getTime() < dueBy).sort((a, b) => a.card!.due.getTime() - b.card!.due.getTime());
  const learningNow = learning.filter((entry) => entry.card!.due.getTime() <= now.getTime());
  const learningLater = learning.filter((entry) => entry.card!.due.getTime() > now.getTime());
  const dueReviews = queued
    .filter((entry) => entry.kind === "review" && entry.card!.due.getTime() < dueBy)
    .map((entry) => ({ entry, recall: retrievability(entry.card!, now, settings) }))
    .sort((a, b) => a.recall - b.recall || a.entry.card!.due.getTime() - b.entry.card!.due.getTime())
    .map(({ entry }) => entry);
  const reviews = takeWithinLimits(dueReviews, settings.reviewsPerDeck, settings.reviewsPerDay, done.reviewsByDeck, done.reviewsTotal);
  const fresh = takeWithinLimits(
    queued.filter((entry) => entry.kind === "new"),
    settings.newPerDeck,
    settings.newPerDay,
    done.newByDeck,
    done.newTotal,
  );
  const cards = [...learningNow, ...reviews, ...fresh, ...learningLater];
  return { cards, counts: { new: fresh.length, learning: learning.length, review: reviews.length } };
}
