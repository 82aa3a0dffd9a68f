import type { Item, ItemKind } from "./types";

/**
 * Measuring a deck against human judgements and an article's key facts (pure; the I/O lives in
 * scripts/eval-quizgen.ts). Judgements are matched to items by (article, kind, prompt, answer);
 * a judgement made for other options, alternatives, truth, pairs or sequence is stale.
 */

export type Verdict = "acceptable" | "obvious" | "unacceptable";

export interface ItemLabel {
  article: string;
  kind: string;
  prompt: string;
  answer: string;
  alternatives?: string[];
  options?: string[];
  truth?: boolean;
  pairs?: { left: string; right: string }[];
  sequence?: string[];
  /** Older label files say only acceptable true/false; newer ones give the verdict. */
  acceptable?: boolean;
  label?: Verdict | null;
  /** Short failure mode when not acceptable ("dangling reference", "alternative missing", …). */
  failure?: string | null;
  reason?: string;
  /** Indexes (0-based) of the article's key facts this item tests, as the judge saw it. */
  keyFacts?: number[];
}

/** A key fact: the claim as a sentence; `anchors`, when given, must all occur in the item. */
export type KeyFact = string | { claim?: string; fact?: string; text?: string; anchors?: string[] };

/** The claim of a key fact, whichever of the accepted shapes it takes. */
export function claimOf(fact: KeyFact): string {
  if (typeof fact === "string") return fact;
  return String(fact?.claim ?? fact?.fact ?? fact?.text ?? "");
}

type Judged = Pick<ItemLabel, "alternatives" | "options" | "truth" | "pairs" | "sequence">;

export const labelKey = (article: string, kind: string, prompt: string, answer: unknown): string =>
  JSON.stringify([article, kind, prompt, answer]);

/** What a judgement depended on besides the key; options and alternatives as sets. */
export function judgedContent(x: Judged): string {
  const sorted = (a?: readonly string[]) => (a && a.length ? [...a].sort() : null);
  return JSON.stringify([
    sorted(x.options),
    sorted(x.alternatives),
    x.truth ?? null,
    sorted(x.pairs?.map((p) => `${p.left} → ${p.right}`)),
    x.sequence ?? null,
  ]);
}

/** The verdict of a label, or null when it has none yet (an unfilled judging sheet). */
export function verdictOf(label: ItemLabel): Verdict | null {
  if (label.label === "acceptable" || label.label === "obvious" || label.label === "unacceptable") return label.label;
  if (typeof label.acceptable === "boolean") return label.acceptable ? "acceptable" : "unacceptable";
  return null;
}

/** A judge's note down to its mode: "not self-contained: 'he' has no antecedent" → "not self-contained". */
function modeOf(note: string): string {
  return note.split(/[:;(]/)[0]!.trim().toLowerCase();
}

/** The failure mode a label records: its tag, "obvious" for the obvious verdict, else its reason. */
export function failureOf(label: ItemLabel): string {
  const verdict = verdictOf(label);
  if (verdict === "acceptable") return "";
  if (label.failure && modeOf(label.failure)) return modeOf(label.failure);
  if (verdict === "obvious") return "trivial/obvious";
  return modeOf(label.reason ?? "") || "untagged";
}

export type LabelMatch = { status: "labelled"; label: ItemLabel; verdict: Verdict } | { status: "stale"; label: ItemLabel } | { status: "unlabelled" };

export class LabelIndex {
  private readonly byKey = new Map<string, ItemLabel>();

  constructor(labels: readonly ItemLabel[]) {
    for (const l of labels) if (verdictOf(l)) this.byKey.set(labelKey(l.article, l.kind, l.prompt, l.answer), l);
  }

  match(article: string, item: Item): LabelMatch {
    const label = this.byKey.get(labelKey(article, item.kind, item.prompt, item.answer));
    if (!label) return { status: "unlabelled" };
    if (judgedContent(label) !== judgedContent(item)) return { status: "stale", label };
    return { status: "labelled", label, verdict: verdictOf(label)! };
  }
}

const STOP = new Set(
  "a an the and or but of in on at to for from by with as into onto over under about after before during than that this these those is are was were be been being has have had will would can could may might its it his her their our your he she they we you i which who whom whose what when where why how not no also more most such only other another there here then so if while".split(
    " ",
  ),
);

/** Lower case, no accents, curly quotes and dashes folded, punctuation to spaces. */
export function normalise(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[–—]/g, "-")
    .replace(/(\d),(\d)/g, "$1$2")
    .replace(/'s\b/g, "")
    .replace(/[^a-z0-9$%.\- ]+/g, " ")
    .replace(/(?<!\d)\.|\.(?!\d)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Content words reduced to a 5-letter stem, so "launched"/"launch" and "signed"/"signing" meet. */
function contentStems(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of normalise(s).split(" ")) {
    if (w.length < 3 && !/\d/.test(w)) continue;
    if (STOP.has(w)) continue;
    out.add(/\d/.test(w) ? w : w.slice(0, 5));
  }
  return out;
}

function overlap(claim: string, text: string): number {
  const c = contentStems(claim);
  if (c.size === 0) return 0;
  const t = contentStems(text);
  let n = 0;
  for (const w of c) if (t.has(w)) n++;
  return n / c.size;
}

const containsPhrase = (haystack: string, needle: string): boolean => {
  const h = ` ${normalise(haystack)} `;
  const n = normalise(needle);
  return n.length > 0 && h.includes(` ${n} `);
};

/** Share of a claim's content words the source sentence must hold for an item to test it. */
export const SOURCE_OVERLAP = 0.5;
/** For true/false the statement itself is what is tested: it must restate most of the claim. */
export const STATEMENT_OVERLAP = 0.6;

/**
 * Whether an item tests a key fact, decided from the text alone:
 * - cloze, short answer, multiple choice: the key (or an accepted alternative) occurs in the claim
 *   as a phrase, and the item's source sentence holds ≥ 50% of the claim's content words;
 * - true/false: the statement holds ≥ 60% of the claim's content words;
 * - matching: one pair has both sides in the claim; ordering: two consecutive steps do;
 * - when the key fact lists anchors, every anchor must also occur in the item (prompt, answer,
 *   options, pairs or source sentence).
 * A judge's explicit `keyFacts` on a label counts as well (see {@link coveredKeyFacts}).
 */
export function itemTestsFact(item: Item, fact: KeyFact): boolean {
  const claim = claimOf(fact);
  if (!claim) return false;
  const anchors = typeof fact === "string" ? [] : Array.isArray(fact?.anchors) ? fact.anchors : [];
  const everything = [item.prompt, item.answer, ...(item.alternatives ?? []), ...(item.options ?? []), item.source.sentence, ...(item.pairs ?? []).flatMap((p) => [p.left, p.right]), ...(item.sequence ?? [])].join(" \n ");
  if (anchors.some((a) => !containsPhrase(everything, a))) return false;
  const kind: ItemKind = item.kind;
  if (kind === "true_false") return overlap(claim, item.prompt) >= STATEMENT_OVERLAP;
  if (kind === "matching") return (item.pairs ?? []).some((p) => containsPhrase(claim, p.left) && containsPhrase(claim, p.right));
  if (kind === "ordering") {
    const seq = item.sequence ?? [];
    return seq.some((s, i) => i > 0 && overlap(s, claim) >= SOURCE_OVERLAP && overlap(seq[i - 1]!, claim) >= SOURCE_OVERLAP);
  }
  const keys = [item.answer, ...(kind === "mcq" ? [] : (item.alternatives ?? []))];
  return keys.some((k) => containsPhrase(claim, k)) && overlap(claim, item.source.sentence) >= SOURCE_OVERLAP;
}

/** Indexes of the key facts that at least one of the items tests (automatically or by label). */
export function coveredKeyFacts(items: readonly { item: Item; label?: ItemLabel }[], facts: readonly KeyFact[]): Set<number> {
  const covered = new Set<number>();
  for (const { item, label } of items) {
    for (const k of label?.keyFacts ?? []) if (k >= 0 && k < facts.length) covered.add(k);
    facts.forEach((f, i) => {
      if (!covered.has(i) && itemTestsFact(item, f)) covered.add(i);
    });
  }
  return covered;
}

export interface Tally {
  judged: number;
  acceptable: number;
}

export function addTo(map: Map<string, Tally>, key: string, acceptable: boolean): void {
  const t = map.get(key) ?? { judged: 0, acceptable: 0 };
  t.judged++;
  if (acceptable) t.acceptable++;
  map.set(key, t);
}

export const percent = (n: number, d: number): string => (d === 0 ? "n/a" : `${Math.round((100 * n) / d)}%`);
