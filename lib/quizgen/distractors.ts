import { formatDay, numericValue, shiftDay, SMALL_NUMBER_WORDS } from "./dates";
import { areaOf, bordersOf, demonymOf, lookupPlace, nearbyCapitals, nearbyCountries, nearbyRegions, takesThe } from "./gazetteer";
import { shuffle, type Rng } from "./random";
import type { BankEntity, Entity, EntityType, Mention } from "./types";

export type DistractorSource = "article" | "gazetteer" | "bank" | "synthetic";

export interface DistractorPool {
  byType: Map<EntityType, Entity[]>;
  bank: readonly BankEntity[];
  /** Publication day (ISO): a past event's date never gets a future distractor, and vice versa. */
  published?: string;
}

export interface DistractorRequest {
  answer: Entity;
  mention: Mention;
  /** The answer as displayed among the options. */
  display: string;
  /** Text the learner sees around the blank: candidates named there are excluded. */
  stem: string;
  /** Render place options with their own "the" ("the United States"). */
  article: boolean;
  /** Skip people who appear beside the answer anywhere (for false statements: co-actors may share the claim). */
  avoidCoMentions?: boolean;
  count: number;
  rng: Rng;
}

export interface Distractor {
  text: string;
  source: DistractorSource;
}

const MAX_POOL = 40;
const FEMALE = /\b(?:women'?s|woman|she|her|female)\b/i;
const MALE = /\b(?:men'?s|man|he|his|him|male)\b/i;
const RELATIVE = /^(?:the\s+)?(?:this|next|last|following|previous|coming)\b|^(?:yesterday|today|tomorrow|tonight|now)$/i;

// Entities can have thousands of mentions in long texts: index their sentences once.
const sentenceIndex = new WeakMap<Entity, Set<number>>();

function sentencesOf(e: Entity): Set<number> {
  let set = sentenceIndex.get(e);
  if (!set) {
    set = new Set(e.mentions.map((m) => m.sentence));
    sentenceIndex.set(e, set);
  }
  return set;
}

function shareSentence(a: Entity, b: Entity): boolean {
  const [small, large] = sentencesOf(a).size <= sentencesOf(b).size ? [a, b] : [b, a];
  const other = sentencesOf(large);
  for (const s of sentencesOf(small)) if (other.has(s)) return true;
  return false;
}

function magnitude(e: Entity): number | undefined {
  if (!e.value) return undefined;
  if (e.type === "DATE") {
    const m = /^(\d{4})(?:-(\d\d))?(?:-(\d\d))?/.exec(e.value);
    return m ? Number(m[1]) * 372 + Number(m[2] ?? 6) * 31 + Number(m[3] ?? 15) : undefined;
  }
  const n = Number(e.value);
  return Number.isFinite(n) ? n : undefined;
}

/** Builds the entity pool once per deck, indexed by type so lookups stay linear in article length. */
export function buildPool(entities: Entity[], bank: readonly BankEntity[], published?: string): DistractorPool {
  const byType = new Map<EntityType, Entity[]>();
  for (const e of entities) {
    const list = byType.get(e.type) ?? [];
    if (list.length < 200) list.push(e);
    byType.set(e.type, list);
  }
  return published ? { byType, bank: bank.slice(0, 2000), published } : { byType, bank: bank.slice(0, 2000) };
}

/**
 * Distractors in order of preference: the article (same type and subtype, not from the answer's
 * sentence), the gazetteer, the bank, then synthetic nearby dates and numbers. Candidates that
 * contain or are contained by the answer, appear in the stem, or nearly duplicate an option are skipped.
 */
const SPELLED = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|a few)\b/i;
const ACRONYM = /^[A-Z][A-Z0-9&.-]+$/;
const ABBREVIATED_MONTH = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\./;

/**
 * An option written differently from the key singles one of them out ("seven years" beside "2 years",
 * "MEDA" beside "Jet Propulsion Laboratory", "1 years"): options share the key's form.
 */
export function sameFormat(key: string, option: string): boolean {
  const k = key.trim();
  const o = option.trim();
  if (/^\d/.test(k) !== /^\d/.test(o)) return false;
  if (SPELLED.test(k) !== SPELLED.test(o)) return false;
  if (ACRONYM.test(k) !== ACRONYM.test(o)) return false;
  if (/^1\s+\p{L}+s$/u.test(o) || /^one\s+\p{L}+s$/iu.test(o)) return false;
  // "15 per cent" beside "10 percent" or "12%": the percent sign or spelling singles one option out.
  const percentForm = (x: string) => (/%$/.test(x) ? "%" : /per cent$/i.test(x) ? "per cent" : /percent$/i.test(x) ? "percent" : "");
  if (percentForm(k) !== percentForm(o)) return false;
  // "Oct. 14" beside "October 12": an abbreviated month singles the key out.
  if (ABBREVIATED_MONTH.test(k) !== ABBREVIATED_MONTH.test(o)) return false;
  return true;
}

export function findDistractors(pool: DistractorPool, req: DistractorRequest): Distractor[] {
  const { answer, mention } = req;
  const chosen: Distractor[] = [];
  const taken = [req.display];
  const accept = (raw: string, source: DistractorSource, rawName = raw): boolean => {
    if (chosen.length >= req.count) return false;
    // "for _____" takes "two years", not "two-year": duration options take the answer's grammatical form.
    const text = answer.type === "DURATION" ? durationInForm(raw, req.display) : raw;
    if (text === undefined) return false;
    const name = rawName === raw ? text : rawName;
    if (!name || isNearDuplicate(name, answer.name) || answer.aliases.some((a) => isNearDuplicate(name, a))) return false;
    if (taken.some((t) => isNearDuplicate(t, text))) return false;
    // A bare surname beside full names (or the reverse) is the odd one out: options share one name form.
    if (answer.type === "PERSON" && /\s/.test(req.display.trim()) !== /\s/.test(text.trim())) return false;
    // "Administrator Bolden" beside "Charles Bolden", "Civilian Deputy Undersecretary", "Though Barca": a
    // title, a second form of someone offered, or a clause word is no rival name.
    if (answer.type === "PERSON" && (!personLike(text) || taken.some((t) => lastName(t) === lastName(text)))) return false;
    // "NASA Administrator" beside "Jet Propulsion Laboratory": an office is no organisation.
    if (answer.type === "ORG" && TITLE_WORD.test(text.trim().split(/\s+/).pop() ?? "")) return false;
    // Relative dates ("today", "next week") shift with the reading day: never a fair option.
    if (answer.type === "DATE" && RELATIVE.test(text.trim())) return false;
    if (containsWord(req.stem, name)) return false;
    if (excludedPlaces.has(name)) return false;
    // "the Double Asteroid Redirection Test" beside "the European Space Agency": a mission is no institution.
    if (answer.type === "ORG" && !sameNameClass(answer.name, name)) return false;
    // "completed _____ of 23 passes": 24 is ruled out by the stem itself.
    if (!withinStemBounds(req.stem, text)) return false;
    if (!sameFormat(req.display, text)) return false;
    chosen.push({ text, source });
    taken.push(text);
    return true;
  };
  const excludedPlaces = answer.type === "PLACE" ? placesTheStemSitsIn(pool, req.stem, answer) : new Set<string>();
  const render = (name: string) => (answer.type === "PLACE" && req.article && takesThe(name) ? `the ${name}` : name);
  const target = magnitude(answer);
  const stemGender = answer.type !== "PERSON" ? undefined : FEMALE.test(req.stem) ? "female" : MALE.test(req.stem) ? "male" : undefined;
  const cueCountry = answer.type === "PERSON" ? nationalityCue(req.stem, answer) : undefined;
  const partnerCountry = answer.type === "PERSON" ? partnerNationality(req.stem, pool) : undefined;
  const side = (e: Entity) => (pool.published && e.value && /^\d{4}/.test(e.value) ? (e.value.slice(0, 10) < pool.published ? -1 : 1) : 0);
  const answerSide = answer.type === "DATE" ? side(answer) : 0;
  const compatible = (e: Entity) =>
    e !== answer &&
    (answerSide === 0 || side(e) === answerSide) &&
    // Never mix genders; when the answer's is unknown, people of a known gender may be implausible.
    !(answer.type === "PERSON" && e.gender && answer.gender !== e.gender) &&
    (stemGender === undefined || e.gender === stemGender) &&
    (cueCountry === undefined || e.nationality === cueCountry) &&
    (partnerCountry === undefined || e.nationality !== partnerCountry) &&
    sameKindOfRole(answer, e) &&
    !(req.avoidCoMentions && shareSentence(e, answer)) &&
    sameScale(target, magnitude(e), answer.type) &&
    !(e.type === "DATE" && RELATIVE.test(e.mentions[0]?.text ?? "")) &&
    // "resigned on _____": a birth date 55 years earlier is ruled out without the article.
    !(answer.type === "DATE" && yearsApart(answer, e) > MAX_YEARS_APART) &&
    (e.subtype ?? "") === (answer.subtype ?? "") &&
    !sentencesOf(e).has(mention.sentence) &&
    !related(e, answer);

  const article = shuffle((pool.byType.get(answer.type) ?? []).filter(compatible).slice(0, MAX_POOL), req.rng);
  // Nearest values are the most plausible dates and numbers; otherwise the most mentioned entities.
  article.sort((a, b) =>
    target !== undefined ? Math.abs((magnitude(a) ?? Infinity) - target) - Math.abs((magnitude(b) ?? Infinity) - target) : b.mentions.length - a.mentions.length,
  );
  // Co-actor countries make weak distractors ("tensions between NATO and ___": its own members), so
  // at most one comes from the article when the gazetteer can supply neighbours.
  let fromArticle = 0;
  // Options that all share one foreign nationality make the answer the odd one out.
  let foreign = 0;
  const foreignCap = answer.type === "PERSON" && answer.nationality && req.count >= 3 ? req.count - 1 : req.count;
  const articleCap = answer.type === "PLACE" && answer.subtype === "country" && nearbyCountries(answer.name).length >= 2 ? 1 : req.count;
  for (const e of article) {
    if (answer.type === "DATE" && !(e.value && answer.value)) continue;
    // "May 7" shown as "May 7, 2015" beside "May 1, 1960": a year the article never wrote may be the wrong one.
    if (answer.type === "DATE" && YEAR.test(answer.mentions[0]?.text ?? "") && !e.mentions.some((m) => YEAR.test(m.text))) continue;
    if (fromArticle >= articleCap) break;
    const isForeign = !!answer.nationality && !!e.nationality && e.nationality !== answer.nationality;
    if (isForeign && foreign >= foreignCap) continue;
    if (accept(articleDisplay(e, answer), "article", e.name)) {
      fromArticle++;
      if (isForeign) foreign++;
    }
  }
  if (answer.type === "PLACE") {
    const near =
      answer.subtype === "country" ? nearbyCountries(answer.name) : answer.subtype === "city" ? nearbyCapitals(answer.name) : nearbyRegions(answer.name);
    // Countries come nearest first (borders, then subregion); states and world regions have no order.
    const ordered = answer.subtype === "country" || answer.subtype === "city" ? near.slice(0, 12) : shuffle(near, req.rng).slice(0, 12);
    for (const name of ordered) {
      if ((answer.within ?? []).includes(name)) continue;
      if (answer.subtype === "country" && !comparableCountry(answer.name, name)) continue;
      accept(render(name), "gazetteer", name);
    }
  }
  for (const b of pool.bank) {
    if (b.type !== answer.type || (b.subtype ?? "") !== (answer.subtype ?? "")) continue;
    if ((answer.within ?? []).includes(b.name)) continue;
    if (answer.type === "PLACE" && answer.subtype === "country" && !comparableCountry(answer.name, b.name)) continue;
    accept(render(b.name), "bank", b.name);
  }
  if (chosen.length < req.count) {
    for (const text of synthetic(answer, mention.text, req.rng)) {
      if (answerSide !== 0 && answer.subtype !== "day" && syntheticSide(text, pool.published) !== answerSide) continue;
      accept(text, "synthetic");
    }
  }
  return chosen;
}

/**
 * Places the stem's subject is in or is: the article's dominant country when the answer borders it
 * ("along the border with _____" in an article about Ghana), and anything containing or contained by
 * a place the stem names. Offering them would read "Ghana's border with Ghana".
 */
function placesTheStemSitsIn(pool: DistractorPool, stem: string, answer: Entity): Set<string> {
  const out = new Set<string>();
  const placeList = pool.byType.get("PLACE") ?? [];
  let dominant: Entity | undefined;
  for (const p of placeList) {
    if (p.subtype === "country" && p !== answer && (!dominant || p.mentions.length > dominant.mentions.length)) dominant = p;
  }
  if (dominant && bordersOf(dominant.name).includes(answer.name)) out.add(dominant.name);
  const named = new Set<string>();
  for (const p of placeList) if (p !== answer && containsWord(stem, p.name)) named.add(p.name);
  const containerOf = (name: string) => [...(placeList.find((p) => p.name === name)?.within ?? []), lookupPlace(name)?.country].filter((x): x is string => !!x);
  for (const n of named) for (const c of containerOf(n)) out.add(c);
  for (const p of placeList) if (containerOf(p.name).some((c) => named.has(c))) out.add(p.name);
  return out;
}

/**
 * The country a stem ties its blank to ("_____ of Kenya", "Kenya's _____", or the answer's own
 * nationality named anywhere): people from elsewhere would be ruled out at a glance.
 */
function nationalityCue(stem: string, answer: Entity): string | undefined {
  const near = /_____ of (\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)|(\p{Lu}[\p{L}]+)['’]s _____/u.exec(stem);
  const named = near?.[1] ?? near?.[2];
  const place = named ? lookupPlace(named) : undefined;
  if (place?.subtype === "country") return place.name;
  const own = answer.nationality;
  if (own && (containsWord(stem, own) || containsWord(stem, demonymOf(own) ?? "\u0000"))) return own;
  return undefined;
}

// Offices whose holders are interchangeable as options (a minister for a president); other roles
// (runner, coach, physicist) only stand in for the same role.
const OFFICE_HEADS = new Set(
  ("president minister secretary state aide adviser advisor chancellor governor senator mayor king queen prince " +
    "ambassador envoy spokesman spokeswoman spokesperson official lawmaker leader speaker executive officer ceo cfo " +
    "cto founder director chairman chairwoman analyst head chief coordinator negotiator commissioner judge justice").split(" "),
);

function roleHead(e: Entity): string | undefined {
  return e.role?.split(/\s+/).pop()?.toLowerCase();
}

function sameKindOfRole(answer: Entity, e: Entity): boolean {
  const head = roleHead(answer);
  if (answer.type !== "PERSON" || !head || OFFICE_HEADS.has(head)) return true;
  const other = roleHead(e);
  return other === undefined || other === head;
}

/** "between _____ and Putin": the partner's compatriots would be meeting their own side. */
function partnerNationality(stem: string, pool: DistractorPool): string | undefined {
  const partner = /_____ (?:and|&) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)*)|(\p{Lu}[\p{L}'’-]+) (?:and|&) _____/u.exec(stem);
  const name = partner?.[1] ?? partner?.[2];
  if (!name) return undefined;
  const person = (pool.byType.get("PERSON") ?? []).find(
    (p) => p.name === name || p.aliases.includes(name) || p.name.endsWith(` ${name}`) || name.endsWith(` ${p.name}`),
  );
  return person?.nationality;
}

// Named things by the head of their name (the word before its complement): bodies and undertakings.
const INSTITUTION_HEAD =
  /^(?:agency|administration|laboratory|lab|center|centre|institute|institution|university|network|department|office|council|committee|commission|ministry|board|bank|fund|foundation|association|organization|organisation|company|corporation|corp|inc|service|authority|college|school|court|party|union|federation|league|club|team|group|station|observatory|facility|headquarters|reserve|museum|society|academy|parliament|congress|senate|assembly|church|army|navy|force|police|guard|network|channel|newspaper|times|post|press)$/;
const UNDERTAKING_HEAD =
  /^(?:test|mission|program|programme|project|operation|initiative|campaign|experiment|flight|survey|study|exercise|plan|act|treaty|agreement|accord|pact|moonshot|summit|conference|games|cup|championship|festival|war|crisis|embargo|scandal|affair|reform|doctrine)$/;

function nameHead(name: string): string {
  return (name.split(/\s+(?:of|for|on|and|at|in|to)\s+/)[0]!.split(/[\s-]+/).pop() ?? "").toLowerCase().replace(/[.,]$/, "");
}

function nameClass(name: string): string | undefined {
  const head = nameHead(name);
  return INSTITUTION_HEAD.test(head) ? "institution" : UNDERTAKING_HEAD.test(head) ? "undertaking" : undefined;
}

/** Two names whose heads are both known fall in the same class (an agency for an agency, a mission for a mission). */
export function sameNameClass(key: string, option: string): boolean {
  const a = nameClass(key);
  const b = nameClass(option);
  return a === undefined || b === undefined || a === b;
}

const numberIn = (text: string) => {
  const m = /^[^\d]*([\d,]+(?:\.\d+)?)/.exec(text);
  return m ? Number(m[1]!.replace(/,/g, "")) : undefined;
};

/** "_____ of 23 passes" takes at most 23, "13 of _____ passes" at least 13, a percentage at most 100. */
export function withinStemBounds(stem: string, option: string): boolean {
  const value = numberIn(option);
  if (value === undefined || !/^\D{0,4}[\d,.]+\D{0,12}$/.test(option.trim())) return true;
  const upper = /_____\s+(?:of|out of)\s+([\d,]+)\b/.exec(stem);
  if (upper && value > Number(upper[1]!.replace(/,/g, ""))) return false;
  const lower = /\b([\d,]+)\s+(?:of|out of)\s+_____/.exec(stem);
  if (lower && value < Number(lower[1]!.replace(/,/g, ""))) return false;
  if (/%|\bper ?cent\b/i.test(option) && value > 100) return false;
  return true;
}

const YEAR = /\b\d{4}\b/;
const MAX_YEARS_APART = 10;

function yearsApart(a: Entity, b: Entity): number {
  const ya = /^(\d{4})/.exec(a.value ?? "")?.[1];
  const yb = /^(\d{4})/.exec(b.value ?? "")?.[1];
  return ya && yb ? Math.abs(Number(ya) - Number(yb)) : 0;
}

const TITLE_WORD =
  /^(?:Administrator|Secretary|Undersecretary|Minister|General|President|Director|Chairman|Chief|Governor|Senator|Ambassador|Commissioner|Officer|Deputy|Civilian|Mayor|Judge|Justice|Coach|Captain|Professor|Dr|Mr|Mrs|Ms|Sen|Gov|Rep)\.?$/;
const BODY_WORD =
  /^(?:Government|Oversight|Committee|Council|Office|Agency|Department|Ministry|Party|Board|Commission|Association|Grid|Court|Union|Bank|Fund|Group|Company|Corporation|Institute|University|Center|Centre|Team|Club|Foundation|Service|Force|Army|Navy)$/;
const CLAUSE_WORD = /^(?:Though|Although|While|When|After|Before|Because|Since|Unless|Until|If|As|But|And|Then|Once|Despite)$/;

/** A rival person option is a name: no title at either end, no clause word in front. */
export function personLike(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return !TITLE_WORD.test(words[0] ?? "") && !TITLE_WORD.test(words[words.length - 1] ?? "") && !CLAUSE_WORD.test(words[0] ?? "") && !words.some((w) => BODY_WORD.test(w));
}

const lastName = (name: string) => (name.trim().replace(/,?\s+(?:Jr|Sr)\.?$/, "").split(/\s+/).pop() ?? "").toLowerCase();

function syntheticSide(text: string, published?: string): number {
  const year = /\b(1[5-9]\d\d|20\d\d)\b/.exec(text)?.[1];
  if (!year || !published) return 0;
  return year < published.slice(0, 4) ? -1 : year > published.slice(0, 4) ? 1 : 0;
}

/** Numbers and amounts within a factor of 10 of the answer; dates and others always pass. */
function sameScale(a: number | undefined, b: number | undefined, type: EntityType): boolean {
  if (type === "DATE" || a === undefined || b === undefined || a === 0 || b === 0) return true;
  const ratio = Math.abs(a / b);
  return ratio <= 10 && ratio >= 0.1;
}

function articleDisplay(e: Entity, answer: Entity): string {
  if (e.type === "DATE" && e.value && /^\d{4}-\d\d-\d\d$/.test(e.value) && answer.subtype === "day") {
    return formatDay(e.value, /\d{4}/.test(answer.mentions[0]?.text ?? ""));
  }
  if (e.type === "DATE" || e.type === "NUMBER" || e.type === "MONEY" || e.type === "PERCENT" || e.type === "DURATION") {
    return e.mentions[0]?.text ?? e.name;
  }
  return e.name;
}

function related(a: Entity, b: Entity): boolean {
  if ((a.within ?? []).includes(b.name) || (b.within ?? []).includes(a.name)) return true;
  const x = normalise(a.name);
  const y = normalise(b.name);
  return x.includes(y) || y.includes(x);
}

/** Lowercase, no articles or punctuation: the form options are compared in. */
const normalised = new Map<string, string>();

export function normalise(text: string): string {
  const cached = normalised.get(text);
  if (cached !== undefined) return cached;
  const result = text
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/['’]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  if (normalised.size > 10_000) normalised.clear();
  normalised.set(text, result);
  return result;
}

/** True when two option texts are the same thing to a reader: equal, one inside the other, or one typo apart. */
export function isNearDuplicate(a: string, b: string): boolean {
  const x = normalise(a);
  const y = normalise(b);
  if (x === y) return true;
  if (/\d/.test(x) || /\d/.test(y)) {
    const nx = numericValue(a);
    return nx !== undefined && nx === numericValue(b) && x.replace(/[\d.,\s]/g, "") === y.replace(/[\d.,\s]/g, "");
  }
  const xs = x.split(" ");
  const ys = y.split(" ");
  if (xs.every((w) => ys.includes(w)) || ys.every((w) => xs.includes(w))) return true;
  // The edit distance is at least the difference in length: skip the quadratic work when that already exceeds 2.
  return Math.min(x.length, y.length) >= 5 && Math.abs(x.length - y.length) <= 2 && levenshtein(x, y) <= 2;
}

function levenshtein(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whole-word, case-insensitive containment. */
export function containsWord(haystack: string, needle: string): boolean {
  const n = needle.trim().toLowerCase();
  if (!n) return false;
  const h = haystack.toLowerCase();
  for (let at = h.indexOf(n); at >= 0; at = h.indexOf(n, at + 1)) {
    const before = at > 0 ? h[at - 1] : "";
    const after = h[at + n.length] ?? "";
    if ((!before || !WORD_CHAR.test(before)) && (!after || !WORD_CHAR.test(after))) return true;
  }
  return false;
}

/** Nearby dates and numbers in the answer's own format, nearest first after a seeded shuffle. */
export function synthetic(answer: Entity, text: string, rng: Rng): string[] {
  if (answer.type === "DATE") {
    const value = answer.value ?? "";
    if (answer.subtype === "day" && /^\d{4}-\d\d-\d\d$/.test(value)) {
      const withYear = /\d{4}/.test(text);
      return shuffle([-1, 1, -2, 2, -3, 3, 4, -4, 5, -5], rng)
        .slice(0, 6)
        .map((d) => formatDay(shiftDay(value, d), withYear));
    }
    if (answer.subtype === "year" && /^\d{4}$/.test(value)) {
      return shuffle([-1, 1, -2, 2, -3, 3], rng).map((d) => text.replace(value, String(Number(value) + d)));
    }
    return [];
  }
  if (answer.type === "PERCENT") {
    return shuffle(numberVariants(text).filter((t) => Number(numericValue(t)) <= 100), rng);
  }
  if (answer.type === "NUMBER" || answer.type === "MONEY" || answer.type === "DURATION") {
    return shuffle(numberVariants(text), rng);
  }
  return [];
}

function numberVariants(text: string): string[] {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(text);
  if (digits) {
    const raw = digits[0];
    const n = Number(raw.replace(/,/g, ""));
    if (!Number.isFinite(n) || n === 0) return [];
    const decimals = raw.includes(".") ? (raw.split(".")[1] ?? "").length : 0;
    const factors = n < 10 && decimals === 0 ? [] : [0.5, 0.75, 1.25, 1.5, 2];
    const values = n < 10 && decimals === 0 ? [n - 1, n + 1, n + 2, n + 3].filter((v) => v > 0) : factors.map((f) => round(n * f, decimals, n));
    return [...new Set(values)]
      .filter((v) => v !== n)
      .map((v) => text.replace(raw, format(v, raw.includes(","), decimals)));
  }
  const word = new RegExp(`\\b(${SMALL_NUMBER_WORDS.join("|")})\\b`, "i").exec(text);
  if (!word) return [];
  const index = SMALL_NUMBER_WORDS.indexOf((word[1] ?? "").toLowerCase());
  if (index < 0 || index > 18) return [];
  const out: string[] = [];
  for (const d of [1, -1, 2, 3]) {
    const w = SMALL_NUMBER_WORDS[index + d];
    if (w && index + d >= 0 && index + d <= 19) out.push(text.replace(word[1] ?? "", matchCase(w, word[1] ?? "")));
  }
  return out;
}

function round(v: number, decimals: number, original: number): number {
  if (decimals > 0) return Number(v.toFixed(decimals));
  const magnitude = Math.pow(10, Math.max(0, Math.floor(Math.log10(Math.abs(original))) - 1));
  return Math.round(v / magnitude) * magnitude;
}

function format(v: number, commas: boolean, decimals: number): string {
  const fixed = v.toFixed(decimals);
  if (!commas) return fixed;
  const [int, frac] = fixed.split(".");
  return (int ?? "").replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
}

function matchCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

const UNIT_ADJECTIVE = /^(.+?)-(second|minute|hour|day|week|month|year|decade|century)(?:-old|-long)?$/i;
const UNIT_NOUN = /^(.+?)\s+(second|minute|hour|day|week|month|year|decade|centur)(?:s|ies|y)?$/i;

/** A duration rewritten in the form of `like` (hyphenated adjective or noun phrase); undefined if it cannot be. */
export function durationInForm(text: string, like: string): string | undefined {
  const likeAdjective = UNIT_ADJECTIVE.test(like.trim());
  const adjective = UNIT_ADJECTIVE.exec(text.trim());
  if (adjective && !likeAdjective) {
    let amount = (adjective[1] ?? "").replace(/-/g, " ");
    // Digits beside digits: "10 years" sits with "2 years", not "two years".
    if (/^\d/.test(like.trim()) && /^[a-z]+$/i.test(amount)) amount = numericValue(amount) ?? amount;
    const unit = (adjective[2] ?? "").toLowerCase();
    const one = /^(?:1|one|a)$/i.test(amount);
    return `${amount} ${one ? unit : unit === "century" ? "centuries" : `${unit}s`}`;
  }
  const noun = UNIT_NOUN.exec(text.trim());
  if (noun && likeAdjective) {
    const unit = (noun[2] ?? "").toLowerCase();
    return `${(noun[1] ?? "").replace(/\s+/g, "-")}-${unit === "centur" ? "century" : unit}`;
  }
  if (!adjective && !noun && (likeAdjective || UNIT_NOUN.test(like.trim()))) return undefined;
  return text;
}

const G20 = new Set([
  "Argentina", "Australia", "Brazil", "Canada", "China", "France", "Germany", "India", "Indonesia", "Italy", "Japan",
  "Mexico", "Russia", "Saudi Arabia", "South Africa", "South Korea", "Türkiye", "United Kingdom", "United States",
]);

/**
 * Gazetteer countries of comparable prominence: a G20 answer only beside G20 economies ("trade with
 * China", not Bhutan), others within ~10× of its area (the gazetteer has no population).
 */
export function comparableCountry(answer: string, candidate: string): boolean {
  if (G20.has(answer)) return G20.has(candidate);
  const a = areaOf(answer);
  const b = areaOf(candidate);
  if (a === undefined || b === undefined) return true;
  return a / b <= 10 && b / a <= 10;
}
