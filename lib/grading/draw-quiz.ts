import { createRng, shuffle } from "@/lib/quizgen/random";

export type DrawableItem = { id: string; factId: string; kind: string; score: number };
/** The learner picks 10, 20 or all; an assignment may ask for any count. */
export type QuizLength = number | "all";

/**
 * Picks the items of one attempt: at most one per fact while there are enough facts (the best
 * scored of each fact's items, order shuffled), then, for a small deck, further items of the
 * same facts. The same seed always draws the same quiz.
 */
export function drawQuizItems(items: readonly DrawableItem[], { length, kinds, seed }: { length: QuizLength; kinds: readonly string[]; seed: number }): string[] {
  const rng = createRng(seed);
  const eligible = items.filter((item) => kinds.length === 0 || kinds.includes(item.kind));
  const byFact = new Map<string, DrawableItem[]>();
  for (const item of shuffle(eligible, rng)) {
    const group = byFact.get(item.factId) ?? [];
    group.push(item);
    byFact.set(item.factId, group);
  }
  const target = length === "all" ? eligible.length : Math.min(length, eligible.length);
  const rounds: string[][] = [];
  for (const group of byFact.values()) {
    group.sort((a, b) => b.score - a.score);
    group.forEach((item, round) => (rounds[round] ??= []).push(item.id));
  }
  const drawn: string[] = [];
  for (const round of rounds) {
    for (const id of shuffle(round, rng)) {
      if (drawn.length < target) drawn.push(id);
    }
  }
  return drawn;
}

/** Option order of one question in one attempt: stable across reloads, different between attempts. */
export function shuffleForAttempt<T>(values: readonly T[], seed: number, itemId: string): T[] {
  let salt = seed;
  for (let i = 0; i < itemId.length; i++) salt = (Math.imul(salt, 31) + itemId.charCodeAt(i)) | 0;
  const shuffled = shuffle(values, createRng(salt));
  // an ordering question shown already in order would give its answer away
  if (shuffled.length > 1 && shuffled.every((value, index) => value === values[index])) shuffled.push(shuffled.shift() as T);
  return shuffled;
}
