import "server-only";

/** What a flashcard asks and answers, made from the fact's best item. */
export type FlashcardFront = { prompt: string; answer: string };

const BLANK = "_____";
const MAX_SWAP_CHARS = 60;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Where a false statement departs from the true one: the span of `truth` the falsehood replaced
 * ("conflict in Ukraine." / "conflict in Belarus." → "Ukraine"), widened to whole words; null
 * when they differ in more than one short stretch.
 */
export function swappedSpan(truth: string, falsehood: string): { start: number; end: number } | null {
  let prefix = 0;
  while (prefix < truth.length && prefix < falsehood.length && truth[prefix] === falsehood[prefix]) prefix++;
  let suffix = 0;
  while (suffix < truth.length - prefix && suffix < falsehood.length - prefix && truth[truth.length - 1 - suffix] === falsehood[falsehood.length - 1 - suffix]) suffix++;
  if (!WORD_CHAR.test(truth.slice(prefix, truth.length - suffix)) && !WORD_CHAR.test(falsehood.slice(prefix, falsehood.length - suffix))) return null;
  let start = prefix;
  while (start > 0 && WORD_CHAR.test(truth[start - 1]!)) start--;
  let end = truth.length - suffix;
  while (end < truth.length && WORD_CHAR.test(truth[end]!)) end++;
  while (start < end && /\s/.test(truth[start]!)) start++;
  while (end > start && /\s/.test(truth[end - 1]!)) end--;
  if (end - start > MAX_SWAP_CHARS || !WORD_CHAR.test(truth.slice(start, end))) return null;
  return { start, end };
}

/**
 * Multiple choice shows as a plain question (no options). A false statement would put a
 * falsehood in front of the learner, so it becomes the true statement with the swapped part
 * blanked (recall, not judgement); a true one asks to judge the claim.
 */
export function flashcardFront(item: { kind: string; prompt: string; answer: string }, statement: string): FlashcardFront {
  if (item.kind !== "true_false") return { prompt: item.prompt, answer: item.answer };
  const span = item.answer === "False" ? swappedSpan(statement, item.prompt) : null;
  if (span) return { prompt: `${statement.slice(0, span.start)}${BLANK}${statement.slice(span.end)}`, answer: statement.slice(span.start, span.end) };
  return { prompt: `True or false? ${item.prompt}`, answer: `${item.answer}: ${statement}` };
}
