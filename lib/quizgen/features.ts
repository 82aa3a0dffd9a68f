import type { Entity, EntityType, Item } from "./types";

/**
 * Shape features of a quiz item for the acceptability model (`acceptability.ts`): what any item has —
 * its kind, the type of its answer, how its stem opens, what it leans on, how its options sit together —
 * never its words. Computed from the item and the article alone, so the same function serves the
 * generator at run time and the training script on judged items of past versions.
 */

/**
 * The kinds the model rates: each has hundreds of judged items. Matching and ordering (a few dozen, and
 * an instruction for a stem) keep the rules' score.
 */
export const MODELLED: ReadonlySet<string> = new Set(["cloze", "mcq", "true_false", "short_answer"]);

/** What a feature needs of an item: what a judge saw, plus the source sentence. */
export type FeatureItem = Pick<Item, "kind" | "prompt" | "answer" | "alternatives" | "options" | "truth" | "pairs" | "sequence"> & {
  source: { sentence: string };
};

/** The article side: its title and entities, indexed once per deck. */
export interface FeatureContext {
  title: string;
  titleWords: Set<string>;
  byName: Map<string, Entity>;
  /** The most mentions any entity of each type has (answers that are the article's topic). */
  topMentions: Map<EntityType, number>;
  /** Folded forms of answers and options met so far: decks repeat them across items. */
  folded: Map<string, string>;
}

export const FEATURE_NAMES = [
  "bias",
  "kind_cloze",
  "kind_mcq",
  "kind_tf",
  "kind_short_answer",
  "tf_false",
  "answer_person",
  "answer_place",
  "answer_org",
  "answer_date",
  "answer_quantity",
  "answer_phrase",
  "answer_unknown_name",
  "answer_lowercase",
  "answer_words",
  "answer_topic",
  "answer_country",
  "answer_in_title",
  "answer_echoed",
  "opens_pronoun",
  "pronoun_inside",
  "opens_definite",
  "definite_count",
  "opens_connective",
  "demonstrative",
  "first_person",
  "quote_in_stem",
  "speech_verb",
  "source_quote",
  "stem_words",
  "stem_long",
  "kept_share",
  "caps_density",
  "has_digit",
  "commas",
  "parenthesis",
  "blank_first",
  "blank_after_capital",
  "blank_in_list",
  "alternatives",
  "options_same_type",
  "options_format_odd",
  "options_length_odd",
  "added_words",
  "tf_swap_number",
  "tf_swap_name",
  "options_few",
  "options_article_odd",
  "options_head_odd",
  "sa_who",
  "sa_when_where",
  "sa_how",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

const ZERO = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as Record<FeatureName, number>;

const PRONOUN_OPEN = /^(?:he|she|it|they|this|these|that|those|his|her|its|their|him|them)\b/i;
const PRONOUN = /\b(?:he|she|they|him|them|his|her|hers|their|theirs|it|its)\b/gi;
const FIRST_PERSON = /\b(?:I|[Ww]e|us|[Oo]ur|[Mm]y|me)\b/;
// "The agency …", "The two leaders …": a definite subject that is no name.
const DEFINITE_OPEN = /^(?:[^,]{0,40}, )?[Tt]he (?!_____)\p{Ll}/u;
const DEFINITE = /\bthe (?:\p{Ll}[\p{L}-]*)(?! of\b)/gu;
const CONNECTIVE_OPEN =
  /^(?:but|and|yet|so|also|however|meanwhile|still|then|instead|later|afterwards|afterward|moreover|furthermore|thus|therefore|nevertheless|nonetheless|similarly|likewise|additionally|besides|otherwise|again|finally|next|subsequently|consequently|in addition|as a result|at the same time|in contrast|on the other hand|by contrast|in turn|at that time|at the time|since then|after that|before that|even so|in fact|indeed)\b/i;
const DEMONSTRATIVE = /\b(?:this|these|those|such|the same|the other|the latter|the former|the following|the previous|the next|both)\b/i;
const QUOTE = /["“”]|(?:^|\s)['‘][^']|[^s]['’](?:\s|$)/;
const SPEECH = /\b(?:said|says|say|told|tells|added|adds|stated|states|according to|explained|noted|announced|wrote|asked)\b/i;
const BLANK = "_____";
const COUNTRY_LIKE = /\b(?:country|nation|kingdom|republic|state)\b/i;

const wordsOf = (s: string): string[] => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*|_____/gu) ?? [];
const fold = (s: string): string =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
const STOP = new Set("a an the of and or in on at to for from by with as de la le".split(" "));
const contentWords = (s: string): string[] => fold(s).split(" ").filter((w) => w.length > 1 && !STOP.has(w));

/** Title words and every name form of every entity, indexed once per deck. */
export function featureContext(title: string, entities: readonly Entity[]): FeatureContext {
  const byName = new Map<string, Entity>();
  const topMentions = new Map<EntityType, number>();
  for (const e of entities) {
    for (const form of [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]) {
      const key = fold(form);
      if (key && !byName.has(key)) byName.set(key, e);
    }
    topMentions.set(e.type, Math.max(topMentions.get(e.type) ?? 0, e.mentions.length));
  }
  return { title, titleWords: new Set(contentWords(title)), byName, topMentions, folded: new Map() };
}

function foldIn(ctx: FeatureContext, text: string): string {
  let v = ctx.folded.get(text);
  if (v === undefined) {
    v = fold(text);
    ctx.folded.set(text, v);
  }
  return v;
}

const entityOf = (text: string, ctx: FeatureContext): Entity | undefined => ctx.byName.get(foldIn(ctx, text));

function typeOf(text: string, ctx: FeatureContext): EntityType | "NAME" | "LOWER" | undefined {
  const entity = entityOf(text, ctx) ?? (/^the /i.test(text) ? entityOf(text.slice(4), ctx) : undefined);
  if (entity) return entity.type;
  if (/\d/.test(text)) return /\b(?:1[5-9]|20)\d\d\b/.test(text) && !/[%$€£]/.test(text) ? "DATE" : "NUMBER";
  if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(text)) return "DATE";
  if (/^\p{Lu}/u.test(text)) return "NAME";
  return text.trim() ? "LOWER" : undefined;
}

const QUANTITY = new Set<string>(["NUMBER", "MONEY", "PERCENT", "DURATION"]);
const coarse = (t: string | undefined): string => (t && QUANTITY.has(t) ? "QUANTITY" : (t ?? ""));

/** A rough written form: digits, a year, capitalised words, lower-case words; options of one form read alike. */
function formOf(text: string): string {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return "year";
  if (/\d/.test(t)) return /[%$€£]/.test(t) ? "sum" : "digits";
  if (/^\p{Lu}/u.test(t)) return wordsOf(t).length > 1 ? "Names" : "Name";
  return "lower";
}

/** Outside quotation marks: what the stem says in its own voice. */
const unquoted = (s: string): string => s.replace(/["“][^"”]*["”]/g, " ");

/**
 * The feature vector of an item, in {@link FEATURE_NAMES} order; every value lies in 0–1. Pure and cheap
 * (a few regular expressions per item).
 */
export function itemFeatures(item: FeatureItem, ctx: FeatureContext): number[] {
  const f = { ...ZERO };
  f.bias = 1;
  const kind = item.kind;
  f.kind_cloze = kind === "cloze" ? 1 : 0;
  f.kind_mcq = kind === "mcq" ? 1 : 0;
  f.kind_tf = kind === "true_false" ? 1 : 0;
  f.kind_short_answer = kind === "short_answer" ? 1 : 0;
  if (!MODELLED.has(kind)) return FEATURE_NAMES.map((n) => f[n]);
  f.tf_false = kind === "true_false" && item.truth === false ? 1 : 0;

  const prompt = item.prompt.trim();
  const stem = unquoted(prompt);
  const words = wordsOf(prompt);
  const sourceWords = wordsOf(item.source.sentence);
  const typed = kind !== "true_false";

  if (typed) {
    const type = coarse(typeOf(item.answer, ctx));
    f.answer_person = type === "PERSON" ? 1 : 0;
    f.answer_place = type === "PLACE" ? 1 : 0;
    f.answer_org = type === "ORG" ? 1 : 0;
    f.answer_date = type === "DATE" ? 1 : 0;
    f.answer_quantity = type === "QUANTITY" ? 1 : 0;
    f.answer_phrase = type === "PHRASE" ? 1 : 0;
    f.answer_unknown_name = type === "NAME" ? 1 : 0;
    f.answer_lowercase = type === "LOWER" ? 1 : 0;
    f.answer_words = Math.min(wordsOf(item.answer).length, 6) / 6;
    const entity = entityOf(item.answer, ctx);
    if (entity) {
      const top = ctx.topMentions.get(entity.type) ?? 0;
      f.answer_topic = top > 2 && entity.mentions.length >= top ? 1 : 0;
      f.answer_country = entity.type === "PLACE" && (entity.subtype === "country" || COUNTRY_LIKE.test(entity.subtype ?? "")) ? 1 : 0;
    }
    const answerWords = foldIn(ctx, item.answer).split(" ").filter((w) => w.length > 1 && !STOP.has(w));
    f.answer_in_title = answerWords.length > 0 && answerWords.every((w) => ctx.titleWords.has(w)) ? 1 : 0;
    const stemWords = new Set(words.map((w) => w.toLowerCase().replace(/['’]s$/, "")));
    f.answer_echoed = answerWords.some((w) => !/^\d+$/.test(w) && stemWords.has(w)) ? 1 : 0;
    f.alternatives = item.alternatives?.length ? 1 : 0;
  }

  f.opens_pronoun = PRONOUN_OPEN.test(stem.replace(/^["“‘']/, "")) ? 1 : 0;
  f.pronoun_inside = Math.min((stem.slice(1).match(PRONOUN) ?? []).length, 2) / 2;
  f.opens_definite = DEFINITE_OPEN.test(stem) ? 1 : 0;
  f.definite_count = Math.min((stem.match(DEFINITE) ?? []).length, 3) / 3;
  f.opens_connective = CONNECTIVE_OPEN.test(stem) ? 1 : 0;
  f.demonstrative = DEMONSTRATIVE.test(stem) ? 1 : 0;
  f.first_person = FIRST_PERSON.test(stem) ? 1 : 0;
  f.quote_in_stem = QUOTE.test(prompt) ? 1 : 0;
  f.speech_verb = SPEECH.test(prompt) ? 1 : 0;
  const source = item.source.sentence.trim();
  const quoted = (source.match(/["“][^"”]*["”]/g) ?? []).join("").length;
  f.source_quote = /^["“]/.test(source) || quoted > source.length * 0.4 ? 1 : 0;
  f.stem_words = Math.min(words.length, 50) / 50;
  f.stem_long = words.length > 35 ? 1 : 0;
  f.kept_share = sourceWords.length ? Math.min(words.length / sourceWords.length, 1.5) / 1.5 : 0;
  const capitals = words.slice(1).filter((w) => /^\p{Lu}/u.test(w)).length;
  f.caps_density = words.length > 1 ? Math.min(capitals / (words.length - 1), 0.5) * 2 : 0;
  f.has_digit = /\d/.test(prompt.replace(BLANK, "")) ? 1 : 0;
  f.commas = Math.min((prompt.match(/,/g) ?? []).length, 4) / 4;
  f.parenthesis = /[()]/.test(prompt) ? 1 : 0;
  // Words the stem has that its sentence has not: a rewrite (a name put in for "he") or, in a false
  // statement, the swapped-in entity.
  const inSource = new Set(sourceWords.map((w) => w.toLowerCase()));
  const added = words.filter((w) => w !== BLANK && !inSource.has(w.toLowerCase()));
  f.added_words = words.length ? Math.min((added.length / words.length) * 4, 1) : 0;
  if (f.tf_false) {
    f.tf_swap_number = added.some((w) => /\d/.test(w)) ? 1 : 0;
    f.tf_swap_name = added.some((w) => /^\p{Lu}/u.test(w)) ? 1 : 0;
  }

  if (kind === "cloze" || kind === "mcq") {
    const at = prompt.indexOf(BLANK);
    const before = at > 0 ? prompt.slice(0, at).trimEnd() : "";
    const after = at >= 0 ? prompt.slice(at + BLANK.length) : "";
    f.blank_first = at === 0 ? 1 : 0;
    f.blank_after_capital = /(?:^|\s)\p{Lu}[\p{L}.-]*$/u.test(before) && before.includes(" ") ? 1 : 0;
    f.blank_in_list = /,$/.test(before) || /^,? (?:and|or) /.test(after) || /\b(?:and|or)$/.test(before) ? 1 : 0;
  }

  if (kind === "mcq" && item.options?.length) {
    const key = item.answer;
    const others = item.options.filter((o) => o !== key);
    const keyType = coarse(typeOf(key, ctx));
    f.options_same_type = others.length ? others.filter((o) => coarse(typeOf(o, ctx)) === keyType).length / others.length : 0;
    const keyForm = formOf(key);
    f.options_format_odd = others.length && others.every((o) => formOf(o) !== keyForm) ? 1 : others.some((o) => formOf(o) !== keyForm) ? 0.5 : 0;
    const lengths = others.map((o) => o.length);
    const longest = Math.max(key.length, ...lengths);
    const mean = lengths.reduce((a, b) => a + b, 0) / Math.max(lengths.length, 1);
    f.options_length_odd = longest ? Math.min(Math.abs(key.length - mean) / longest, 1) : 0;
    f.options_few = item.options.length < 4 ? 1 : 0;
    // "the United States" among bare names: the article alone singles out the key.
    const withThe = (o: string) => /^the\s/i.test(o.trim());
    f.options_article_odd = others.length > 0 && others.every((o) => withThe(o) !== withThe(key)) ? 1 : 0;
    // "Canadian Space Agency", "UK Space Agency" and "Surface Water and Ocean Topography": a key of another head.
    const head = (o: string) => (o.trim().split(/\s+/).pop() ?? "").toLowerCase();
    const heads = new Map<string, number>();
    for (const o of others) if (/\s/.test(o.trim())) heads.set(head(o), (heads.get(head(o)) ?? 0) + 1);
    f.options_head_odd = [...heads].some(([h, n]) => n >= 2 && h !== head(key)) ? 1 : 0;
  }

  if (kind === "short_answer") {
    const q = prompt.toLowerCase();
    f.sa_who = /^(?:who|whom|whose)\b/.test(q) ? 1 : 0;
    f.sa_when_where = /^(?:when|where|in what year|in which)\b/.test(q) ? 1 : 0;
    f.sa_how = /^how\b/.test(q) ? 1 : 0;
  }
  return FEATURE_NAMES.map((n) => f[n]);
}
