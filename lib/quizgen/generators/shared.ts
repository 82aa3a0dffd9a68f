import { dropDanglingPhrases, SENTENCE_STARTER, softPenalty } from "../checks";
import type { DistractorPool } from "../distractors";
import { CORPORATE_SUFFIX } from "../entities";
import { demonymOf } from "../gazetteer";
import type { FactContext } from "../facts";
import type { Rng } from "../random";
import type { CheckResult, Entity, Item, ItemKind, Mention } from "../types";
import { roundScore } from "../score";

export interface GeneratorContext {
  pool: DistractorPool;
  rng: Rng;
  /** Place names containing or contained by each place entity, by entity id. */
  related: Map<string, string[]>;
}

/** Names that would give a place answer away if seen in the stem (Budapest for Hungary). */
export function relatedNames(gen: GeneratorContext, entity: Entity): string[] {
  return gen.related.get(entity.id) ?? [];
}

/** Containment links in both directions, computed once per deck. */
export function relatedPlaces(entities: Entity[]): Map<string, string[]> {
  const places = entities.filter((e) => e.type === "PLACE");
  const byName = new Map(places.map((p) => [p.name, p]));
  const out = new Map<string, string[]>();
  const link = (a: Entity, name: string) => {
    const list = out.get(a.id) ?? [];
    list.push(name, ...(byName.get(name)?.aliases ?? []));
    // "Hungarian Prime Minister … in _____" points at Budapest as surely as "Hungary" would.
    const demonym = demonymOf(name);
    if (demonym) list.push(demonym);
    out.set(a.id, list);
  };
  for (const p of places) {
    for (const outer of p.within ?? []) {
      link(p, outer);
      const container = byName.get(outer);
      if (container) link(container, p.name);
    }
  }
  return out;
}

export interface Blank {
  stem: string;
  /** The blanked text as written in the source ("the United States", "Marco Rubio"). */
  answerText: string;
  absorbedThe: boolean;
  atStart: boolean;
}

export const BLANK = "_____";

/** "this year", "the following week": fine context, poor answers. */
export const RELATIVE_DATE = /^(?:the\s+)?(?:this|next|last|following|previous|coming)\b|^(?:yesterday|today|tomorrow|tonight|now)$/i;

const TYPE_WEIGHT: Record<string, number> = {
  PERSON: 1,
  PLACE: 0.95,
  DATE: 1,
  ORG: 0.85,
  NUMBER: 0.85,
  MONEY: 0.9,
  PERCENT: 0.9,
  DURATION: 0.9,
  PHRASE: 0.8,
};

/** Mentions that can be asked about: standalone, outside quotations, not a modifier. */
export function answerable(ctx: FactContext): { entity: Entity; mention: Mention }[] {
  return ctx.mentions.filter(({ entity, mention }) => {
    if ((entity.type === "PHRASE" && entity.subtype !== "term" && entity.subtype !== "named") || mention.modifier) return false;
    if (entity.type === "DATE" && (RELATIVE_DATE.test(mention.text) || mention.possessive)) return false;
    const before = ctx.sentence.text.slice(0, mention.start - ctx.sentence.start);
    // "Quest 3", "Ariane 5": a number inside a name; "a year": a rate, not an amount.
    if (entity.type === "NUMBER" && /\S\s+\p{Lu}[\p{L}-]*\s$/u.test(before.slice(-30))) return false;
    if (entity.type === "DURATION" && /^(?:a|an|one)\s/i.test(mention.text)) return false;
    if (partOfLongerName(ctx.sentence.text, mention.start - ctx.sentence.start, mention.end - ctx.sentence.start, mention.titledStart !== undefined)) return false;
    return ((before.match(/["“”]/g) ?? []).length % 2 === 0);
  });
}

const ROLE_WORD = /(?:or|er|ist|ent|ant|ary|ive|ian|ess|ee)$|^(?:Captain|Chief|Coach|Lord|Sir|General|Minister|Secretary|Chancellor|Speaker)$/i;

/**
 * "Asafa Powell" found only as "Powell", "Sentinel-6 Michael Freilich": a capitalised word joined to the
 * mention (not a role, not the sentence's first word, not a possessive) makes it part of a longer name.
 */
export function partOfLongerName(text: string, start: number, end: number, titled: boolean): boolean {
  const prev = /(?:^|[^.!?:;"“(]\s)(\p{Lu}[\p{L}\d-]*)\s$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  if (!titled && prev && !/['’]s$/.test(prev) && !ROLE_WORD.test(prev) && !(text.slice(0, start).trim() === prev && SENTENCE_STARTER.test(prev))) return true;
  return /^\s(?!(?:And|Or|In|On|At|Of)\b)\p{Lu}\p{Ll}+\b/u.test(text.slice(end, end + 20)) && !/^\s\p{Lu}\p{Ll}+,/u.test(text.slice(end, end + 20));
}

/** Replaces a mention (with its stripped title and a leading "the") by a blank in the fact statement. */
export function blankOut(ctx: FactContext, entity: Entity, mention: Mention): Blank {
  const { fact } = ctx;
  let relStart = (mention.titledStart ?? mention.start) - fact.start;
  const relEnd = mention.end - fact.start;
  const statement = fact.statement;
  let absorbedThe = false;
  if ((entity.type === "PLACE" || entity.type === "ORG") && /\bthe\s$/i.test(statement.slice(Math.max(0, relStart - 4), relStart))) {
    relStart -= 4;
    absorbedThe = true;
  }
  const answerText = absorbedThe ? ctx.sentence.text.slice(relStart + fact.start - ctx.sentence.start, mention.end - ctx.sentence.start) : mention.text;
  return {
    stem: dropDanglingPhrases(`${statement.slice(0, relStart)}${BLANK}${statement.slice(relEnd)}`),
    answerText,
    absorbedThe,
    atStart: relStart === 0,
  };
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

/**
 * The same quantity as the article's other spellings: "15 per cent" is also "15%" and "15 percent";
 * "four months" is also "4 months".
 */
export function numberForms(text: string): string[] {
  const out: string[] = [];
  const percent = /^(?:about |approximately |nearly |almost |around )?([\d.,]+)\s*(?:%|per ?cent|percent)$/i.exec(text);
  if (percent) {
    const n = percent[1] as string;
    out.push(`${n}%`, `${n} percent`, `${n} per cent`);
  }
  const spelled = /^([a-z]+)(?:-([a-z]+))?(\s+\p{L}.*)?$/iu.exec(text);
  if (spelled) {
    const tens = NUMBER_WORDS[(spelled[1] as string).toLowerCase()];
    const unit = spelled[2] ? NUMBER_WORDS[spelled[2].toLowerCase()] : 0;
    if (tens !== undefined && unit !== undefined && (unit === 0 || (tens >= 20 && tens < 100 && unit < 10))) {
      const n = String(tens + unit);
      out.push(`${n}${spelled[3] ?? ""}`);
    }
  }
  // "€52 million" is also typed "52 million euros", and the other way round.
  // "$30bn" / "€5m" are also "$30 billion", "30 billion dollars" and "$30bn" without its sign.
  const short = /^(US\$|\$|€|£|¥)\s?([\d.,]+)\s?(bn|m|tn|k)$/i.exec(text);
  if (short) {
    const scale = { bn: "billion", m: "million", tn: "trillion", k: "thousand" }[short[3]!.toLowerCase() as "bn" | "m" | "tn" | "k"];
    out.push(`${short[1]}${short[2]} ${scale}`, `${short[2]} ${scale} ${CURRENCY_WORD[short[1]!.toUpperCase()]}`, `${short[2]} ${scale}`, `${short[2]}${short[3]}`);
  }
  const symbol = /^(US\$|\$|€|£|¥)\s?([\d.,]+)(\s+(?:thousand|million|billion|trillion))?$/i.exec(text);
  if (symbol) out.push(`${symbol[2]}${symbol[3] ?? ""} ${CURRENCY_WORD[symbol[1]!.toUpperCase()]}`, `${symbol[2]}${symbol[3] ?? ""}`);
  const worded = /^([\d.,]+)(\s+(?:thousand|million|billion|trillion))?\s+(dollars|euros|pounds|yen)$/i.exec(text);
  if (worded) out.push(`${CURRENCY_SYMBOL[worded[3]!.toLowerCase()]}${worded[1]}${worded[2] ?? ""}`);
  // "three decades" is also "thirty years" and "30 years".
  const span = /^(a|one|\d+|[a-z]+)\s+(decades?|centur(?:y|ies))$/i.exec(text);
  if (span) {
    const count = /^\d+$/.test(span[1]!) ? Number(span[1]) : /^(?:a|one)$/i.test(span[1]!) ? 1 : NUMBER_WORDS[span[1]!.toLowerCase()];
    if (count !== undefined && count > 0 && count < 10) {
      const years = count * (/^decade/i.test(span[2]!) ? 10 : 100);
      out.push(`${years} years`);
      const word = Object.keys(NUMBER_WORDS).find((w) => NUMBER_WORDS[w] === years);
      if (word) out.push(`${word} years`);
    }
  }
  return out.filter((f) => f !== text);
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTH_PATTERN = MONTH_NAMES.join("|");
const MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

/**
 * The other ways a reader writes the day the answer writes: "June 5th" is also "June 5" and "5 June";
 * "9 March 2007" is also "March 9, 2007" and "March 9"; only the year the answer itself shows is added.
 */
export function dateForms(text: string): string[] {
  const monthFirst = new RegExp(`^(${MONTH_PATTERN}|${MONTH_ABBREVIATIONS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?$`, "i").exec(text);
  const dayFirst = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(${MONTH_PATTERN}|${MONTH_ABBREVIATIONS})\\.?(?:,?\\s+(\\d{4}))?$`, "i").exec(text);
  const month = monthFirst?.[1] ?? dayFirst?.[2];
  const day = monthFirst?.[2] ?? dayFirst?.[1];
  const year = monthFirst?.[3] ?? dayFirst?.[3];
  if (!month || !day || Number(day) < 1 || Number(day) > 31) return [];
  // "Jan. 21" is also "January 21": an abbreviated month is typed in full too.
  const m = MONTH_NAMES.find((name) => name.toLowerCase() === month.toLowerCase() || name.slice(0, month.length).toLowerCase() === month.toLowerCase()) ?? month;
  const d = String(Number(day));
  const out = [`${m} ${d}`, `${d} ${m}`];
  if (year) out.push(`${m} ${d}, ${year}`, `${d} ${m} ${year}`);
  if (m.toLowerCase() !== month.toLowerCase()) out.push(`${month} ${d}`);
  return out.filter((f) => f !== text);
}

/** A clock time as readers type it: "1:32 a.m." is also "1:32", "1:32 am", "1:32am" and "1:32 AM". */
export function timeForms(text: string): string[] {
  const m = /^(\d{1,2})[:.](\d{2})\s*([ap])\.?\s*m\.?$/i.exec(text.trim());
  if (!m) return [];
  const clock = `${m[1]}:${m[2]}`;
  const half = m[3]!.toLowerCase();
  return [clock, `${clock} ${half}.m.`, `${clock} ${half}m`, `${clock}${half}m`, `${clock} ${half.toUpperCase()}M`].filter((f) => f !== text);
}

const CURRENCY_WORD: Record<string, string> = { $: "dollars", US$: "dollars", "€": "euros", "£": "pounds", "¥": "yen" };
const CURRENCY_SYMBOL: Record<string, string> = { dollars: "$", euros: "€", pounds: "£", yen: "¥" };

/** Other ways to write the answer a learner may type. */
export function alternativesFor(entity: Entity, answerText: string): string[] {
  const out = new Set<string>();
  const bare = answerText.replace(/^the\s+/i, "");
  out.add(bare);
  out.add(entity.name);
  for (const a of entity.aliases) out.add(a.replace(/^the\s+/i, ""));
  if (entity.type === "PERSON") {
    const words = entity.name.split(" ");
    if (words.length > 1) out.add(words[words.length - 1] as string);
    if (entity.role) out.add(`${entity.role} ${entity.name}`);
  }
  // Only when the article wrote the year: a year-less "April 9" gets its year from the publication date, a guess that is
  // wrong for a history written decades later, and a wrong date must never be an accepted answer.
  if (entity.type === "DATE" && entity.value && /^\d{4}/.test(entity.value) && [answerText, entity.name, ...entity.aliases].some((form) => form.includes(entity.value!.slice(0, 4)))) {
    out.add(entity.value);
  }
  if (entity.type === "DURATION" && /^[\d.,]+$|^[a-z-]+$/i.test(bare) && !/-(?:second|minute|hour|day|week|month|year)$/.test(bare)) {
    const unit = entity.subtype ?? "";
    const spaced = bare.replace(/-/g, " ");
    const value = entity.value && /and-a-half/.test(bare) ? String(Number(entity.value) + 0.5) : entity.value;
    for (const amount of [spaced, value].filter((x): x is string => !!x)) {
      out.add(amount);
      if (unit) out.add(`${amount} ${unit}s`);
    }
  } else if (entity.type === "DURATION" && /-/.test(bare)) {
    const spaced = bare.replace(/-/g, " ");
    out.add(spaced);
    out.add(/s$/.test(spaced) ? spaced : `${spaced}s`);
  }
  if (entity.type === "DATE") for (const form of dateForms(bare)) out.add(form);
  for (const form of numberForms(bare)) out.add(form);
  for (const form of timeForms(bare)) out.add(form);
  // "U.S. Environmental Protection Agency" is also typed "EPA"; "Intel Corporation" is also typed "Intel".
  if (entity.type === "ORG") {
    for (const form of [bare, entity.name]) if (CORPORATE_SUFFIX.test(form)) out.add(form.replace(CORPORATE_SUFFIX, ""));
    const initials = entity.name.replace(/^(?:U\.S\.|US|UK|the)\s+/i, "").split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
    if (initials.length >= 3 && initials.length <= 6 && /\s/.test(entity.name)) out.add(initials);
  }
  out.delete(answerText);
  // "Today" names the publication day, not the event's: a learner typing it has not recalled the date.
  return [...out].filter((x) => x.length > 0 && !RELATIVE_DATE.test(x.trim()));
}

/**
 * Forms of the answer its own sentence shows: the titled form ("Lord Lyons"), the more specific
 * place ("Washington, D.C."), and an organisation without its country prefix ("Department of State").
 */
export function sentenceAlternatives(ctx: FactContext, entity: Entity): string[] {
  const out: string[] = [];
  const text = ctx.sentence.text;
  for (const { entity: e, mention } of ctx.mentions) {
    if (e !== entity) continue;
    const rel = (i: number) => i - ctx.sentence.start;
    if (mention.titledStart !== undefined) out.push(text.slice(rel(mention.titledStart), rel(mention.end)).replace(/^the\s+/i, ""));
    const after = text.slice(rel(mention.end));
    const container = /^,\s+((?:D\.C\.)|\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})(?=[\s,.;:!?]|$)/u.exec(after)?.[1];
    if (entity.type === "PLACE" && container && (container === "D.C." || ctx.mentions.some((m) => m.entity.type === "PLACE" && m.mention.text === container))) {
      out.push(`${mention.text}, ${container}`);
    }
  }
  if (entity.type === "ORG") {
    const bare = entity.name.replace(/^(?:U\.S\.|US|American|British|French|German|Chinese|Russian|Japanese)\s+(?=\p{Lu})/u, "");
    if (bare !== entity.name) out.push(bare);
    const dept = /^Department of (\p{Lu}\p{L}+)$/u.exec(bare);
    if (dept) out.push(`${dept[1]} Department`);
  }
  return out;
}

/** Score from a rule's base weight, the answer's type and salience, sentence position and soft checks. */
export function scoreItem(base: number, entity: Entity | undefined, sentenceIndex: number, checks: CheckResult[]): number {
  const type = entity ? (TYPE_WEIGHT[entity.type] ?? 0.8) : 1;
  const salience = entity && entity.mentions.length > 1 ? 1.05 : 1;
  const position = 1 - 0.008 * Math.min(sentenceIndex, 25);
  return roundScore(base * type * salience * position * softPenalty(checks));
}

/** Assembles an item; the id is assigned when the deck is ranked. */
export function makeItem(
  ctx: FactContext,
  kind: ItemKind,
  fields: Omit<Item, "id" | "kind" | "fact" | "source">,
): Item {
  const { alternatives, ...rest } = fields;
  return {
    id: "",
    kind,
    ...rest,
    ...(alternatives && alternatives.length > 0 ? { alternatives } : {}),
    fact: ctx.fact.id,
    source: { sentence: ctx.sentence.text, start: ctx.sentence.start, end: ctx.sentence.end },
  };
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
