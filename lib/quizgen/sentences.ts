import type { Sentence } from "./types";

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof sr jr st mt gen sen rep gov lt col capt sgt cmdr adm inc corp ltd co vs etc no nos fig " +
    "jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ ave blvd rev hon pres " +
    // Reference abbreviations before a number or name: "Op. 46", "(pp. 255-441)", "(c. 1818", "(d. 1990)", "et al."
    "op pp vol vols ch ca fl cf al ed eds nr"
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
    const ellipsis = ch === "…" || (ch === "." && (line[i + 1] === "." || line[i - 1] === "."));
    if (ch === "." && !ellipsis && !isBoundaryAfterPeriod(line.slice(Math.max(start, i - 40), i + 1), rest)) continue;
    // "for Seven Days ... Seven Nights (1960)": an ellipsis marks an omission or a title far more often than a
    // sentence end, so it ends one only before a typical sentence opener.
    if (ellipsis && !OPENERS.has(/^["“‘'(\[]?([\p{L}]+)/u.exec(rest)?.[1] ?? "")) continue;
    // "Meurtres? (Three Sinners, 1950) and …", "Viva Maria! (1965), and …": a title's own ? or ! followed by a
    // bracket the sentence goes on after.
    if ((ch === "?" || ch === "!") && line[next] === "(" && continuesAfterBracket(line, next)) continue;
    // Inside an open quotation ("…malaria. Now we have two," he said) or bracket ("(d. 1990)") keep going, within reason.
    if (i - start < 400 && (openQuote(line, start, end) || openBracket(line, start, end))) continue;
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
  // "born c. 1818", "d. 1975": a lower-case letter before a figure abbreviates a word.
  if (/^\p{Ll}$/u.test(bare) && /^\d/.test(rest)) return false;
  if (/^(\p{L}\.)+\p{L}$/u.test(bare)) {
    const nextWord = /^["“‘'(\[]?([\p{L}]+)/u.exec(rest)?.[1] ?? "";
    return OPENERS.has(nextWord);
  }
  return true;
}

function openQuote(line: string, from: number, to: number): boolean {
  // A straight quote after a space or a bracket opens; after anything else it closes, and a closer with nothing
  // open ('When a young girl," the family moved …': a stray mark) opens nothing.
  let straight = 0;
  let curly = 0;
  for (let k = from; k < to; k++) {
    const c = line[k];
    if (c === '"') {
      const before = k === from ? " " : (line[k - 1] as string);
      if (/[\s(\[—–-]/.test(before)) straight = 1;
      else straight = 0;
    } else if (c === "“") curly++;
    else if (c === "”") curly = Math.max(0, curly - 1);
  }
  return straight === 1 || curly > 0;
}

/** A "(" or "[" opened since `from` is still open at `to` and closes later in the line, within 300 characters. */
function openBracket(line: string, from: number, to: number): boolean {
  let depth = 0;
  for (let k = from; k < to; k++) {
    const c = line[k];
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
  }
  if (depth === 0) return false;
  for (let k = to; k < Math.min(line.length, to + 300); k++) {
    const c = line[k];
    if (c === ")" || c === "]") depth--;
    else if (c === "(" || c === "[") depth++;
    if (depth === 0) return true;
  }
  return false;
}

/** The bracket opening at `at` closes within 200 characters and a comma, a lower-case word or a bracket follows it. */
function continuesAfterBracket(line: string, at: number): boolean {
  const close = line.indexOf(")", at);
  if (close < 0 || close - at > 200 || line.slice(at + 1, close).includes("(")) return false;
  return /^\s*(?:[,;:]|\p{Ll}|\()/u.test(line.slice(close + 1));
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
