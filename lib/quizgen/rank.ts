import { isNearDuplicate } from "./distractors";
import { hash } from "./random";
import type { Item } from "./types";
import { spansSentences } from "./score";

const TOP = 10;
// true/false answers ("True"/"False") and whole matchings are compared by fact and rule instead.
export const PER_SENTENCE = 2;
const FILL_PER_SENTENCE = 4;
const KIND_DECAY = 0.97;
const REPEAT_DECAY = 0.85;

/**
 * What counts as "the same answer" for diversity: the content answer, except for true/false items,
 * whose "True"/"False" says nothing about the fact asked (their fact is compared instead).
 */
function sameAnswer(a: Item, b: Item, near: (x: string, y: string) => boolean = isNearDuplicate): boolean {
  if (a.kind === "true_false" || b.kind === "true_false") return a.kind === b.kind && a.fact === b.fact;
  if (spansSentences(a) || spansSentences(b)) return a.rule === b.rule;
  return near(a.answer, b.answer);
}

/** isNearDuplicate memoised per pair of answers: a deck has few distinct answers but many items. */
function memoNear(): (a: string, b: string) => boolean {
  const cache = new Map<string, boolean>();
  return (a, b) => {
    const key = `${a}\u0000${b}`;
    let v = cache.get(key);
    if (v === undefined) {
      v = isNearDuplicate(a, b);
      cache.set(key, v);
    }
    return v;
  };
}

/**
 * Orders items best first with diversity: no repeated answer among the first ten, at most two items
 * per source sentence, and a growing penalty for repeating a kind so that every kind surfaces.
 */
export function rankItems(items: Item[], maxItems: number): Item[] {
  const pool = items
    .map((item) => ({ item, key: `${item.kind}|${item.rule}|${item.prompt}|${item.answer}` }))
    .sort((a, b) => b.item.score - a.item.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const seen = new Set<string>();
  const unique = pool.filter(({ key }) => (seen.has(key) ? false : (seen.add(key), true)));
  const chosen: Item[] = [];
  const perSentence = new Map<number, Item[]>();
  const perKind = new Map<string, number>();
  const near = memoNear();
  // How many chosen items share each remaining item's answer, kept up to date as items are chosen
  // (linear per pick instead of rescanning every chosen item for every candidate).
  const repeatsOf = new Map<Item, number>();
  const remaining = unique.map((u) => u.item);
  // Once every sentence has given its two best items, a third of another kind and answer may follow.
  let perSentenceCap = PER_SENTENCE;
  while (chosen.length < maxItems && remaining.length > 0) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < remaining.length; i++) {
      const item = remaining[i] as Item;
      const multi = spansSentences(item);
      const siblings = perSentence.get(item.source.start) ?? [];
      if (!multi && siblings.length >= perSentenceCap) continue;
      if (!multi && siblings.some((s) => s.rule === item.rule || near(s.answer, item.answer))) continue;
      const repeats = repeatsOf.get(item) ?? 0;
      if (chosen.length < TOP && repeats > 0) continue;
      // Beyond the first ten a repeated answer is allowed, but fresh facts come first.
      const effective = item.score * Math.pow(KIND_DECAY, perKind.get(item.kind) ?? 0) * Math.pow(REPEAT_DECAY, repeats);
      if (effective > bestScore) {
        bestScore = effective;
        best = i;
      }
    }
    if (best < 0 && perSentenceCap < FILL_PER_SENTENCE) {
      perSentenceCap = FILL_PER_SENTENCE;
      continue;
    }
    if (best < 0) break;
    const [item] = remaining.splice(best, 1) as [Item];
    chosen.push(item);
    for (const other of remaining) if (sameAnswer(item, other, near)) repeatsOf.set(other, (repeatsOf.get(other) ?? 0) + 1);
    perKind.set(item.kind, (perKind.get(item.kind) ?? 0) + 1);
    if (!spansSentences(item)) {
      perSentence.set(item.source.start, [...(perSentence.get(item.source.start) ?? []), item]);
    }
  }
  const used = new Map<string, number>();
  return chosen.map((item) => {
    const base = `q-${hash(`${item.kind}|${item.rule}|${item.prompt}|${item.answer}`)}`;
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    return ordered({ ...item, id: n === 0 ? base : `${base}-${n}` });
  });
}

/** The documented JSON field order: id, kind, prompt, answer, the kind's extras, fact, source, rule, score, checks. */
function ordered(item: Item): Item {
  return {
    id: item.id,
    kind: item.kind,
    prompt: item.prompt,
    answer: item.answer,
    ...(item.alternatives ? { alternatives: item.alternatives } : {}),
    ...(item.options ? { options: item.options } : {}),
    ...(item.truth !== undefined ? { truth: item.truth } : {}),
    ...(item.pairs ? { pairs: item.pairs } : {}),
    ...(item.sequence ? { sequence: item.sequence } : {}),
    fact: item.fact,
    source: item.source,
    rule: item.rule,
    score: item.score,
    checks: item.checks,
    ...(item.synthetic ? { synthetic: item.synthetic } : {}),
  };
}
