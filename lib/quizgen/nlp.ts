import nlp from "compromise";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Sentence } from "./types";

export interface Token {
  text: string;
  /** Offsets into the article text. */
  start: number;
  end: number;
  /** compromise-style tags: POS from wink, name types from compromise's lexicon. */
  tags: ReadonlySet<string>;
  lemma: string;
}

/** Longer sentences get no NLP: they make poor questions and would dominate the run time. */
export const MAX_NLP_SENTENCE = 1200;
const MAX_GROUP = 20_000;

const wink = winkNLP(model);
const its = wink.its;
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

const POS_TAGS: Record<string, string[]> = {
  PROPN: ["Noun", "ProperNoun"],
  NOUN: ["Noun"],
  VERB: ["Verb"],
  AUX: ["Verb", "Auxiliary"],
  ADP: ["Preposition"],
  CCONJ: ["Conjunction"],
  SCONJ: ["Conjunction"],
  DET: ["Determiner"],
  PRON: ["Pronoun"],
  ADV: ["Adverb"],
  ADJ: ["Adjective"],
  NUM: ["Value"],
};
const LEXICON_TAGS: Record<string, string[]> = {
  MaleName: ["Person", "FirstName", "MaleName"],
  FemaleName: ["Person", "FirstName", "FemaleName"],
  FirstName: ["Person", "FirstName"],
  LastName: ["Person", "LastName"],
  Person: ["Person"],
  Country: ["Place", "Country"],
  City: ["Place", "City"],
  Region: ["Place", "Region"],
  Place: ["Place"],
  Organization: ["Organization"],
  SportsTeam: ["Organization"],
  Company: ["Organization"],
  Demonym: ["Demonym"],
  Month: ["Date"],
  WeekDay: ["Date"],
  PastTense: ["PastTense"],
};
const MODALS = new Set("will would can could shall should may might must".split(" "));
const COPULA = new Set("is are was were be been being am 's".split(" "));

/**
 * POS-tags sentences with wink (fast, context-aware POS) and types names from compromise's lexicon,
 * one wink call per run of adjacent taggable sentences. Offsets are absolute; untagged sentences get [].
 */
export function tagSentences(text: string, sentences: Sentence[]): Token[][] {
  const out: Token[][] = sentences.map(() => []);
  const taggable = (s: Sentence) => s.complete && s.text.length <= MAX_NLP_SENTENCE;
  let i = 0;
  while (i < sentences.length) {
    const first = sentences[i] as Sentence;
    if (!taggable(first)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < sentences.length && taggable(sentences[j + 1] as Sentence) && (sentences[j + 1] as Sentence).end - first.start <= MAX_GROUP) j++;
    const last = sentences[j] as Sentence;
    const tokens = tagSpan(text.slice(first.start, last.end), first.start);
    let k = 0;
    for (let n = i; n <= j; n++) {
      const s = sentences[n] as Sentence;
      const list = out[n] as Token[];
      while (k < tokens.length && (tokens[k] as Token).start < s.start) k++;
      while (k < tokens.length && (tokens[k] as Token).end <= s.end) list.push(tokens[k++] as Token);
    }
    i = j + 1;
  }
  return out;
}

function tagSpan(span: string, offset: number): Token[] {
  const doc = wink.readDoc(span);
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((value, n) => {
    const at = span.indexOf(value, cursor);
    if (at < 0 || pos[n] === "PUNCT" || pos[n] === "SPACE") {
      if (at >= 0) cursor = at + value.length;
      return;
    }
    cursor = at + value.length;
    const lower = value.toLowerCase();
    const tags = new Set<string>(POS_TAGS[pos[n] ?? ""] ?? []);
    if (pos[n] === "PART" && /^(?:not|n't|never)$/.test(lower)) tags.add("Negative");
    if (pos[n] === "PART" && /^['’]s$/.test(lower)) tags.add("Possessive");
    if (pos[n] === "AUX" && MODALS.has(lower)) tags.add("Modal");
    if (pos[n] === "AUX" && COPULA.has(lower)) tags.add("Copula");
    if (pos[n] === "VERB" && /ing$/.test(lower)) tags.add("Gerund");
    if (/^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,})$/.test(value)) tags.add("Acronym");
    const entry = lexicon[lower];
    const lexTags = Array.isArray(entry) ? entry : entry ? [entry] : [];
    const capitalised = /^\p{Lu}/u.test(value);
    for (const t of lexTags) {
      for (const tag of LEXICON_TAGS[t] ?? []) {
        if (tag === "PastTense" ? tags.has("Verb") : capitalised || tag === "Demonym") tags.add(tag);
      }
    }
    if (tags.has("Verb") && !tags.has("Auxiliary") && !tags.has("PastTense") && /ed$/.test(lower)) tags.add("PastTense");
    tokens.push({ text: value, start: offset + at, end: offset + cursor, tags, lemma: lemmas[n] ?? lower });
  });
  tagMultiwordNames(tokens, span, offset);
  propagateNames(tokens);
  return tokens;
}

/** compromise's lexicon also holds multiword names ("rio de janeiro", "new york"). */
function tagMultiwordNames(tokens: Token[], span: string, offset: number): void {
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (!/^\p{Lu}/u.test(first.text)) continue;
    for (let len = 3; len >= 2; len--) {
      const last = tokens[i + len - 1];
      if (!last) continue;
      const phrase = span.slice(first.start - offset, last.end - offset);
      if (phrase.length > 40) continue;
      const entry = lexicon[phrase.toLowerCase()];
      const tags = (Array.isArray(entry) ? entry : entry ? [entry] : []).flatMap((t) => LEXICON_TAGS[t] ?? []);
      if (!tags.some((t) => t === "Place" || t === "Organization")) continue;
      for (let k = i; k < i + len; k++) for (const t of tags) ((tokens[k] as Token).tags as Set<string>).add(t);
      i += len - 1;
      break;
    }
  }
}

/** "Donald" is a first name, so the capitalised word after it is a surname ("Donald Trump"). */
function propagateNames(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const cur = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (!cur.tags.has("FirstName") || next.start !== cur.end + 1) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(next.text) || next.tags.has("Place") || next.tags.has("Organization")) continue;
    (next.tags as Set<string>).add("Person");
    (next.tags as Set<string>).add("LastName");
  }
}

const conjugations = new Map<string, string>();

/** Verb forms through compromise: "led" → "lead", "lead" → "led" / "leads". */
export function conjugate(verb: string, form: "infinitive" | "past" | "present"): string {
  const key = `${form}:${verb}`;
  const cached = conjugations.get(key);
  if (cached !== undefined) return cached;
  const doc = nlp(verb).verbs();
  const result =
    (form === "infinitive" ? doc.toInfinitive().text() : form === "past" ? doc.toPastTense().text() : doc.toPresentTense().text()) || verb;
  if (conjugations.size < 5000) conjugations.set(key, result);
  return result;
}
