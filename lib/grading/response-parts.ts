import type { GradableItem } from "./grade-response";

/** One pair of a matching answer, or one position of an ordering answer, marked right or wrong. */
export type ResponsePart = { label: string; given: string | null; expected: string; correct: boolean };
export type ResponseParts = { of: "pairs" | "positions"; parts: ResponsePart[] };

const PAIR_SEPARATOR = "; ";
const ARROW = " → ";

/** The words of `words` found at `at` in `text` and followed by one of `ends` (or the end of the text), longest first. */
function wordsAt(text: string, at: number, words: readonly string[], ends: readonly string[]): string[] {
  return words
    .filter((word) => {
      if (!text.startsWith(word, at)) return false;
      const after = at + word.length;
      return after === text.length || ends.some((end) => text.startsWith(end, after));
    })
    .sort((a, b) => b.length - a.length);
}

/**
 * Reads a stored matching response ("A → 1; B → 2", gradeResponse's responseText) back into
 * pairs. Texts may themselves hold "; " or " → ", so it accepts only the item's own lefts (each
 * once) and rights, trying the longer reading first and backing off when the rest does not read.
 */
function readPairs(text: string, lefts: readonly string[], rights: readonly string[], at = 0, pairs = new Map<string, string>()): Map<string, string> | null {
  if (at === text.length) return pairs;
  for (const left of wordsAt(text, at, lefts, [ARROW])) {
    if (pairs.has(left)) continue;
    const rightAt = at + left.length + ARROW.length;
    for (const right of wordsAt(text, rightAt, rights, [PAIR_SEPARATOR])) {
      const next = rightAt + right.length;
      const read = readPairs(text, lefts, rights, next === text.length ? next : next + PAIR_SEPARATOR.length, new Map(pairs).set(left, right));
      if (read) return read;
    }
  }
  return null;
}

/** Reads a stored ordering response ("first → second → third") back into its steps, each once. */
function readSequence(text: string, steps: readonly string[], at = 0, sequence: string[] = []): string[] | null {
  if (at === text.length) return sequence;
  for (const step of wordsAt(text, at, steps, [ARROW])) {
    if (sequence.includes(step)) continue;
    const next = at + step.length;
    const read = readSequence(text, steps, next === text.length ? next : next + ARROW.length, [...sequence, step]);
    if (read) return read;
  }
  return null;
}

/**
 * Which pairs (matching) or positions (ordering) of a stored response were right, so feedback can
 * say more than "not quite"; null for other kinds or a response that cannot be read back.
 */
export function responseParts(item: Pick<GradableItem, "kind" | "payload">, responseText: string): ResponseParts | null {
  if (item.kind === "matching") {
    const key = item.payload.pairs ?? [];
    const given = readPairs(responseText, key.map((pair) => pair.left), key.map((pair) => pair.right));
    if (!given || key.length === 0) return null;
    // In the order the learner saw them (the order they were sent in), then any they left out.
    const shown = [...given.keys()].map((left) => key.find((pair) => pair.left === left)!);
    const parts = [...shown, ...key.filter((pair) => !given.has(pair.left))].map((pair) => {
      const chosen = given.get(pair.left) ?? null;
      return { label: pair.left, given: chosen, expected: pair.right, correct: chosen === pair.right };
    });
    return { of: "pairs", parts };
  }
  if (item.kind === "ordering") {
    const key = item.payload.sequence ?? [];
    const given = readSequence(responseText, key);
    if (!given || key.length === 0) return null;
    return { of: "positions", parts: key.map((step, index) => ({ label: String(index + 1), given: given[index] ?? null, expected: step, correct: given[index] === step })) };
  }
  return null;
}
