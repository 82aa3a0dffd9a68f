import type { Sentence } from "./types";

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof sr jr st mt gen sen rep gov lt col capt sgt cmdr adm inc corp ltd co vs etc no nos fig " +
    "jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ ave blvd rev hon pres"
  ).split(" "),
);

// After a dotted acronym ("U.S.") a new sentence is assumed only before a typical opener.
const OPENERS = new Set(
  (
    "The A An In On At It He She They We I This That These Those But And However Meanwhile After Before " +
    "When While Its Their His Her Our As For If Despite During Since Although Some Many Most Other"
  ).split(" "),
);

const TERMINAL = /[.!?…]/;
// A wire dateline: a place in capitals, maybe its state or country and the agency, then a dash.
export const DATELINE = /^(?:\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3})(?:,\s+\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+){0,2})?(?:\s+\([^)]{1,30}\))?\s*[—–-]{1,2}\s+(?=["“]?\p{Lu})/u;
const CLOSERS = /["'”’)\]]/;

/**
 * Splits `text` into sentences with character offsets into `text`. Paragraph breaks (newlines) always
 * end a sentence. A first paragraph equal to `title` is treated as the headline and skipped.
 */
export function splitSentences(text: string, title = ""): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphRe = /[^\n]+/g;
  let paragraph = 0;
  let first = true;
  for (let m = paragraphRe.exec(text); m !== null; m = paragraphRe.exec(text)) {
    const line = m[0];
    if (line.trim().length === 0) continue;
    if (first && title.trim().length > 0 && line.trim() === title.trim()) {
      first = false;
      continue;
    }
    first = false;
    splitParagraph(line, m.index, paragraph, sentences);
    paragraph++;
  }
  return sentences;
}

function splitParagraph(line: string, offset: number, paragraph: number, out: Sentence[]): void {
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (!TERMINAL.test(ch)) continue;
    let end = i + 1;
    while (end < line.length && (TERMINAL.test(line[end] as string) || CLOSERS.test(line[end] as string))) end++;
    if (end >= line.length) break;
    if (!/\s/.test(line[end] as string)) continue;
    let next = end;
    while (next < line.length && /\s/.test(line[next] as string)) next++;
    const rest = line.slice(next, next + 40);
    if (!/^["“‘'(\[]?[\p{Lu}\d]/u.test(rest)) continue;
    if (ch === "." && !isBoundaryAfterPeriod(line.slice(Math.max(start, i - 40), i + 1), rest)) continue;
    // Inside an open quotation ("…malaria. Now we have two," he said) keep going, within reason.
    if (i - start < 400 && openQuote(line, start, end)) continue;
    push(line, offset, start, end, paragraph, out);
    start = next;
    i = next - 1;
  }
  push(line, offset, start, line.length, paragraph, out);
}

function isBoundaryAfterPeriod(before: string, rest: string): boolean {
  const word = /(\S+)\.$/.exec(before)?.[1] ?? "";
  const bare = word.replace(/^["“‘'(\[]+/, "");
  if (/^\p{Lu}$/u.test(bare)) return false; // an initial: "J. Smith"
  if (ABBREVIATIONS.has(bare.toLowerCase())) return false;
  if (/^(\p{L}\.)+\p{L}$/u.test(bare)) {
    const nextWord = /^["“‘'(\[]?([\p{L}]+)/u.exec(rest)?.[1] ?? "";
    return OPENERS.has(nextWord);
  }
  return true;
}

function openQuote(line: string, from: number, to: number): boolean {
  let straight = 0;
  let curly = 0;
  for (let k = from; k < to; k++) {
    const c = line[k];
    if (c === '"') straight++;
    else if (c === "“") curly++;
    else if (c === "”") curly--;
  }
  return straight % 2 === 1 || curly > 0;
}

function push(line: string, offset: number, from: number, to: number, paragraph: number, out: Sentence[]): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(line[s] as string)) s++;
  while (e > s && /\s/.test(line[e - 1] as string)) e--;
  if (e <= s) return;
  // "OSLO — The prize …", "CAPE CANAVERAL, Florida - The rocket …": a wire dateline is no part of the claim.
  if (out.length === 0) {
    const dateline = DATELINE.exec(line.slice(s, e));
    if (dateline) s += dateline[0].length;
  }
  const text = line.slice(s, e);
  if (!/[\p{L}\p{N}]/u.test(text)) return;
  out.push({
    index: out.length,
    text,
    start: offset + s,
    end: offset + e,
    paragraph,
    complete: /[.!?…]["'”’)\]]*$/.test(text) && /\p{L}/u.test(text),
  });
}
