import { dropDanglingPhrases, factual, notInList, balanced, fewPronouns, passesHard, reasonableLength, selfContained } from "../checks";
import { containsWord, findDistractors } from "../distractors";
import type { FactContext } from "../facts";
import { demonymOf, takesThe } from "../gazetteer";
import { detectQuantities } from "../dates";
import type { Entity, Item, Mention } from "../types";
import { answerable, capitalise, makeItem, relatedNames, scoreItem, type GeneratorContext } from "./shared";

// A role that reads correctly mid-sentence: lowercase, an acronym, a demonym or a formal title.
const ROLE_MID_SENTENCE =
  /^(?:\p{Ll}|\p{Lu}\.|\p{Lu}{2,}\b|\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ch)\s|(?:President|Secretary|Prime|Foreign|Finance|Defen[cs]e|Vice|Senator|Governor|Mayor|General|Minister|Chancellor|King|Queen|Prince|Pope|Dr\.)\b)/u;
const NATIONALITY_WORD =
  /\b(?:European|African|Asian|American|Australian|Latin American|Scandinavian|Arab|[A-Z][a-z]+(?:ian|ean|ese|ish|an|i))\s+(?:woman|man|women|men|runner|athlete|player|national|citizen|record)\b/;
const SWAP_ORDER = ["PERSON", "DATE", "NUMBER", "MONEY", "PERCENT", "DURATION", "PLACE", "ORG"];
const SWAP_WEIGHT: Record<string, number> = { PERSON: 0.82, DATE: 0.82, NUMBER: 0.78, MONEY: 0.8, PERCENT: 0.8, DURATION: 0.78, PLACE: 0.66, ORG: 0.66 };

/**
 * A true/false statement for the fact: the clause as written (true) or the clause with one entity
 * swapped for a plausible one of the same type and subtype from outside its sentence (false).
 */
export function trueFalseItems(ctx: FactContext, gen: GeneratorContext): Item[] {
  const statement = dropDanglingPhrases(ctx.fact.statement);
  if (!checkableClaim(statement) || !factual(statement).passed) return [];
  const checks = [selfContained(statement), fewPronouns(statement), reasonableLength(statement), balanced(statement), factual(statement)];
  if (!passesHard(checks)) return [];
  const wantFalse = gen.rng() < 0.6;
  if (wantFalse) {
    const swapped = falseStatement(ctx, gen);
    if (swapped) {
      return [
        makeItem(ctx, "true_false", {
          prompt: swapped.text,
          answer: "False",
          truth: false,
          rule: `tf-swap-${swapped.entity.type.toLowerCase()}`,
          score: scoreItem(SWAP_WEIGHT[swapped.entity.type] ?? 0.7, swapped.entity, ctx.sentence.index, checks),
          checks,
          ...(swapped.synthetic ? { synthetic: true } : {}),
        }),
      ];
    }
  }
  return [
    makeItem(ctx, "true_false", {
      prompt: statement,
      answer: "True",
      truth: true,
      rule: "tf-verbatim",
      score: scoreItem(0.72, undefined, ctx.sentence.index, checks),
      checks,
    }),
  ];
}

function falseStatement(ctx: FactContext, gen: GeneratorContext): { text: string; entity: Entity; synthetic: boolean } | undefined {
  const candidates = answerable(ctx)
    .filter(({ entity }) => SWAP_ORDER.includes(entity.type))
    .filter(({ entity }) => entity.type !== "PLACE" || entity.subtype === "country" || entity.subtype === "city")
    .sort((a, b) => SWAP_ORDER.indexOf(a.entity.type) - SWAP_ORDER.indexOf(b.entity.type));
  for (const { entity, mention } of candidates) {
    const swap = swapOne(ctx, gen, entity, mention);
    if (swap) return swap;
  }
  return undefined;
}

function swapOne(ctx: FactContext, gen: GeneratorContext, entity: Entity, mention: Mention) {
  const { fact } = ctx;
  const statement = fact.statement;
  const relStart = (mention.titledStart ?? mention.start) - fact.start;
  const relEnd = mention.end - fact.start;
  const theBefore = /\bthe\s$/i.test(statement.slice(Math.max(0, relStart - 4), relStart));
  // "since 2019", "before May": another date does not make the claim false.
  if (entity.type === "DATE" && /\b(?:since|before|after|until|by|from|around|about)\s$/i.test(statement.slice(Math.max(0, relStart - 7), relStart))) return undefined;
  // "As early as 1955": a bound; a later year is still compatible with it.
  if (/\b(?:as (?:early|late|recently|long ago|far back) as|no (?:later|earlier) than|at (?:least|most)|up to|more than|less than|fewer than|over|under|nearly|almost|roughly|approximately|about|around|some)\s+$/i.test(statement.slice(Math.max(0, relStart - 24), relStart))) return undefined;
  // "the deadliest conflict in 60 years" follows from "… in 80 years": a superlative's window is a bound.
  if ((entity.type === "DURATION" || entity.type === "NUMBER") && /\b(?:\p{L}+est|most|least|first|best|worst|biggest|largest)\b[^.]*\b(?:in|for|over|since)\s+(?:the\s+(?:past|last)\s+)?$/u.test(statement.slice(0, relStart))) return undefined;
  // "by the end of 2029" is compatible with "by the end of 2028": a bound, not a point.
  if (entity.type === "DATE" && /\b(?:by|before|after|until|since)\s+(?:the\s+)?(?:end|start|beginning|middle|close)\s+of\s+$/i.test(statement.slice(Math.max(0, relStart - 30), relStart))) return undefined;
  // "Presidents Trump and _____": the plural title binds the swapped name to a role it may not hold.
  if (entity.type === "PERSON" && /\b\p{Lu}\p{Ll}+s\s+\p{Lu}[\p{L}.-]*\s+and\s+$/u.test(statement.slice(Math.max(0, relStart - 40), relStart))) return undefined;
  if (!notInList(`${statement.slice(0, relStart)}_____${statement.slice(relEnd)}`).passed) return undefined;
  if (!swappableSlot(statement, relStart, relEnd, entity.type)) return undefined;
  if (entity.type === "PLACE" && theBefore !== takesThe(entity.name)) return undefined;
  if (entity.type === "ORG" && theBefore) return undefined;
  // "the West" taken for a person: nobody's name follows "the", so a swapped-in name would read "the Lucius Clay".
  if (entity.type === "PERSON" && (theBefore || /\bthe\s+\p{Ll}+\s$/iu.test(statement.slice(Math.max(0, relStart - 20), relStart)))) return undefined;
  // "Manchester was up against the wall", "Japan sees China as a rival": a place acting (a team, a
  // government) may share the act with the swapped-in one; only a location ("in Peru") is contradicted.
  if (entity.type === "PLACE" && !/\b(?:in|at|from|to|near|into|outside|inside|across|towards?|via|through)\s+(?:the\s+)?$/i.test(statement.slice(Math.max(0, relStart - 12), relStart))) return undefined;
  // In a piece about one person ("Holt graduated in 2006 …") a minor name in their place is unstated, not false.
  if (entity.type === "PERSON" && dominates(entity, gen)) return undefined;
  // "Despite X's hopes …" with another name is unstated rather than false.
  if (entity.type === "PERSON" && mention.possessive) return undefined;
  // "Jefferson Davis, a U.S. Navy Officer, captured …": the appositive describes the original person.
  if (entity.type === "PERSON" && /^,\s+(?:a|an|the|\p{Ll})/u.test(statement.slice(relEnd, relEnd + 4))) return undefined;
  // "the women's 10,000 meters", "1500-meters", "a 203-day journey": a number naming a category or
  // inside a compound modifier changes the event, not a fact about it.
  // "150 million miles (472 million kilometers)": the conversion beside it gives the change away.
  if (/^(?:\s+[\p{L}.]+){0,2}\s*\([^)]*\d/u.test(statement.slice(relEnd, relEnd + 40)) || /\(\s*$/.test(statement.slice(0, relStart))) return undefined;
  if ((entity.type === "NUMBER" || entity.type === "DURATION") && (/^-\p{L}|^[-\s](?:thousand[\s-])?(?:meters?|metres?|kilometers?|kilometres?)\b/u.test(statement.slice(relEnd, relEnd + 16)) || /\b(?:men|women)['’]s\s+$/.test(statement.slice(0, relStart)))) return undefined;
  const [pick] = findDistractors(gen.pool, {
    answer: entity,
    mention,
    display: entity.type === "PERSON" ? entity.name : mention.text,
    stem: `${statement.slice(0, relStart)}_____${statement.slice(relEnd)}`,
    article: false,
    avoidCoMentions: true,
    count: 1,
    rng: gen.rng,
  });
  if (!pick) return undefined;
  let replacement = pick.text;
  if (entity.type === "DATE" && !keepsDateOrder(ctx, mention, replacement, gen.pool.published)) return undefined;
  if (entity.type === "PERSON") {
    const other = gen.pool.byType.get("PERSON")?.find((p) => p.name === pick.text);
    // The article's protagonist swapped in makes an obviously false statement.
    if (other && isProtagonist(other, gen)) return undefined;
    // "Putin will head the Russian team": someone tied to a nation the statement names is arguable, not false.
    const nation = other?.nationality;
    if (nation && (containsWord(statement, nation) || containsWord(statement, demonymOf(nation) ?? "\u0000"))) return undefined;
    const appositive = /^(?:,\s+(?:a|an|the|\p{Ll})| of \p{Lu})/u.test(statement.slice(relEnd, relEnd + 6));
    const roleReads = !!other?.role && (relStart === 0 || ROLE_MID_SENTENCE.test(other.role));
    const sameNation = other?.nationality === entity.nationality;
    // "Meta chief executive X … the first Apple product": an organisation in the role gives the lie away.
    const orgInRole = /(?:^|\s)(?!(?:Chief|Prime|Foreign|Finance|Defen[cs]e|Vice|Secretary|State|President|Minister|General|Director|Race|Project|Head|Senior|Former|Deputy)\b)\p{Lu}\p{L}+\s+\p{Ll}/u.test(other?.role ?? "") && !/^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ch)\s/u.test(other?.role ?? "");
    if (mention.titledStart !== undefined && other?.role && roleReads && !appositive && sameNation && !orgInRole) {
      replacement = `${other.role} ${other.name}`;
    } else if (mention.titledStart !== undefined && mention.titledStart < mention.start) {
      // "defending world champion Tyson Gay" → "defending Valeriy Borchin": the title cannot be dropped.
      return undefined;
    }
    // "X … the best result by a European woman": another nationality contradicts the statement itself.
    if (!sameNation && NATIONALITY_WORD.test(statement)) return undefined;
    if (other?.gender && entity.gender && other.gender !== entity.gender) return undefined;
  }
  if (entity.type === "PLACE" && theBefore !== takesThe(replacement)) return undefined;
  // "Teams from Afghanistan and Iran …" in a piece about Afghanistan: the place it is about may well fit too.
  if (entity.type === "PLACE" && isMainPlace(replacement, gen)) return undefined;
  // "Scientists at General Medical Council tested …": only an organisation of the same kind (same head
  // word, or both acronyms) makes the swapped claim contradict the article rather than go unstated.
  if (entity.type === "ORG") {
    // An acronym says nothing of the body's kind ("NASA" vs "MEDA", an instrument): never swapped.
    if (/^[A-Z]{2,}$/.test(replacement) || /^[A-Z]{2,}$/.test(mention.text)) return undefined;
    const head = (n: string) => (n.split(/\s+/).pop() ?? "").toLowerCase();
    if (head(replacement) !== head(mention.text)) return undefined;
  }
  // "The choice of Anchorage reflects Hungary's position" contradicts itself rather than the article.
  if (relatedNames(gen, entity).some((name) => containsWord(statement, name))) return undefined;
  if (containsWord(statement, replacement)) return undefined;
  const text = dropDanglingPhrases(capitalise(`${statement.slice(0, relStart)}${replacement}${statement.slice(relEnd)}`));
  return { text, entity, synthetic: pick.source === "synthetic" };
}

/**
 * Slots whose swap leaves the claim unstated rather than false: one member of a list ("Teams from Morocco
 * and Iran …", "between Japan and China") may share the claim with the swapped-in name; one side of a
 * contrast ("Japan, on the other hand, sees …"); one end of a range ("7-9 December").
 */
export function swappableSlot(statement: string, relStart: number, relEnd: number, type: string): boolean {
  const before = statement.slice(Math.max(0, relStart - 40), relStart);
  const after = statement.slice(relEnd, relEnd + 40);
  if (/\d\s?[-–—]\s?$/.test(before) || /^\s?[-–—]\s?\d/.test(after)) return false;
  // "in 1900 and 1908": one year of a pair may be swapped for another the article also gives.
  if (/\d(?:,|,? (?:and|or)) $/.test(before) || /^(?:,|,? (?:and|or)) \d/.test(after)) return false;
  if (type !== "PERSON" && type !== "PLACE" && type !== "ORG") return true;
  if (/\b(?:on the other hand|in contrast|by contrast|unlike|whereas)\b/i.test(statement)) return false;
  const listedBefore = /\p{Lu}[\p{L}.'’-]*(?:,|,? (?:and|or|nor)) $/u.test(before);
  const listedAfter = /^(?:,\s+\p{Lu}|,? (?:and|or|nor) (?:the )?\p{Lu})/u.test(after);
  return !listedBefore && !listedAfter;
}

/** The place the article is about: three mentions or more, and more than any other place. */
function isMainPlace(name: string, gen: GeneratorContext): boolean {
  const places = gen.pool.byType.get("PLACE") ?? [];
  const place = places.find((p) => p.name === name || p.aliases.includes(name));
  if (!place) return false;
  const most = Math.max(0, ...places.filter((p) => p !== place).map((p) => p.mentions.length));
  return place.mentions.length >= 3 && place.mentions.length > most;
}

/** The article is about this person: five mentions or more, and three times anyone else's. */
function dominates(person: Entity, gen: GeneratorContext): boolean {
  const people = gen.pool.byType.get("PERSON") ?? [];
  const most = Math.max(0, ...people.filter((p) => p !== person).map((p) => p.mentions.length));
  return person.mentions.length >= 5 && person.mentions.length >= 3 * most;
}

function isProtagonist(person: Entity, gen: GeneratorContext): boolean {
  const people = gen.pool.byType.get("PERSON") ?? [];
  const most = Math.max(0, ...people.filter((p) => p !== person).map((p) => p.mentions.length));
  return person.mentions.length >= 3 && person.mentions.length > most;
}

/** "Drilling began in June 2025 and ended on January 9, 2025" contradicts itself: keep the order of dates. */
function keepsDateOrder(ctx: FactContext, mention: Mention, replacement: string, published?: string): boolean {
  const at = published ? new Date(`${published}T00:00:00Z`) : undefined;
  const value = detectQuantities(replacement, at).find((q) => q.type === "DATE")?.value;
  const original = ctx.mentions.find((m) => m.mention === mention)?.entity.value;
  if (!value || !original) return true;
  for (const other of ctx.mentions) {
    const v = other.entity.type === "DATE" && other.mention !== mention ? other.entity.value : undefined;
    if (!v || !/^\d{4}/.test(v)) continue;
    if (Math.sign(compare(original, v)) !== Math.sign(compare(value, v))) return false;
  }
  return true;
}

function compare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n) ? -1 : a.slice(0, n) > b.slice(0, n) ? 1 : 0;
}

/**
 * "As preparations commence, the world watches with cautious optimism": once the opening clause is set
 * aside, a main clause that names nothing (no name, number or date) is a platitude a learner guesses True.
 */
export function checkableClaim(statement: string): boolean {
  const main = statement.replace(/^(?:As|When|While|After|Before|Although|Though|If|Since|Because|With|Despite|Given)\b[^,]+,\s*/, "");
  return /\d/.test(main) || /\s\p{Lu}/u.test(main.slice(1)) || /["“]/.test(main);
}
