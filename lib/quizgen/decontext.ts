import { SENTENCE_STARTER } from "./checks";
import { countryOfDemonym, lookupPlace, takesThe } from "./gazetteer";
import { agrees, previousPerson, type Gender } from "./subject";
import type { Entity, Sentence } from "./types";

/**
 * Decontextualisation (after Choi et al. 2021): an item's stem must stand alone once lifted out of
 * the article. A definite description that points back ("the pact", "the bank", "this agreement")
 * is rewritten with the one named antecedent the article gives it ("the Kellogg-Briand Pact");
 * when there is none, or several, the stem is infeasible and yields no item. A personal pronoun
 * with no person named before it in the stem is infeasible too.
 */

export interface ReferenceContext {
  title: string;
  sentences: readonly Sentence[];
  entities: readonly Entity[];
}

/** Opening discourse markers that only link to the previous sentence: dropped, the claim stays true. */
export const DISCOURSE_MARKER =
  /^(?:However|Nevertheless|Nonetheless|Meanwhile|Moreover|Furthermore|Additionally|In addition|Indeed|For instance|For example|In particular|Still|Also|Ultimately|In the end|In fact|Instead|Eventually|Finally|Initially|Notably|Similarly|Likewise|Overall|In other [\p{Ll} ]{1,30}news|At the same time),\s+/u;

/** An opening "But" / "And" / "Yet" without a comma: the contrast goes, the clause stands alone or fails the other context checks. */
export const OPENING_CONJUNCTION = /^(?:But|And|Yet)\s+(?!(?:also|then|so|not|only|even|still|yet|instead|now|there)\b)(?=\p{L})/u;

// Heads of descriptions that point back at something the article introduced ("the pact", "the craft",
// "the researchers"): without a restrictive complement they need an antecedent.
const ANAPHORIC_HEADS = new Set(
  (
    "pact treaty agreement accord deal plan proposal suggestion idea argument decision move ruling verdict step " +
    "announcement sale purchase acquisition loan debt bill law act measure policy controversy dispute conflict crisis " +
    "incident affair war battle attack operation talks meeting summit conference negotiation ceremony event campaign " +
    "effort initiative program programme project mission flight journey trip voyage launch landing test trial study " +
    "research report survey investigation finding findings result results data figures numbers method technique " +
    "commission committee council company firm bank agency government administration team crew group organization " +
    "territory country nation city region state area site island colony " +
    "rover craft vessel ship spacecraft satellite probe helicopter rotorcraft aircraft machine device instrument " +
    "vaccine drug treatment cable message letter note envoy envoys prisoners inventors researchers scientists " +
    "officials authorities leaders players athletes runners victims patients participants signatories " +
    "couple pair duo trio race winners winner course core analysis sample samples section sections day constituency " +
    "competition contest match game tournament restart ban prize award request requests"
  ).split(" "),
);
const FUNCTION_WORD = /^(?:of|in|on|at|to|for|from|with|by|and|or|but|as|than|the|a|an|this|that|these|those|is|was|were|are|be|been|has|have|had|will|would|can|could|did|does|do|it|its|their|his|her)$/i;
const OPENING_CLAUSE = /^(?:Given|After|Although|While|When|With|In|On|Despite|As|Because|Since|If|Though|Once|Before|Unlike|Like|For|During|Following)\b/;
const LOOSE_MODIFIER = /^(?:new|upcoming|previous|proposed|final|original|so-called|same|planned|two-day|historic|landmark|controversial|ongoing)$/;
const UNNAMED_BODY = /^(?:agency|organization|organisation|administration|government|group|team|crew|company|firm)$/;
const DETERMINERS = /^(?:the|this|these|those|such)$/i;
// "the war in Ukraine", "the summit in Budapest": a named place or party pins the description down too.
const RESTRICTIVE = /^\s*(?:\p{Ll}{3,}ed\s+by\s|(?:of|for|that|which|who|whom|whose|called|known|named|between|where|(?:in|on|at|by|from|to|with|under|through) (?:which|whom|whose))\b|(?:in|over|with|against|between|among|inside) (?:the )?(?:\p{Lu}|_____))/u;
const UNIQUE_MODIFIER = /^(?:first|second|third|fourth|fifth|last|only|next|\p{Ll}+est|most|least|same|\d+(?:st|nd|rd|th))$/u;
// "The President has drawn praise …": an office without its holder's name or its country points back at them.
const BARE_OFFICE =
  /\b[Tt]he (?:President|Vice President|Prime Minister|Chancellor|Premier|Minister|Secretary|Governor|Senator|Mayor|King|Queen|Pope|Ambassador|Chairman|Chairwoman|Coach|Director|Prosecutor|Judge)\b(?! of\b| for\b| (?:\p{Lu}|_____))/u;
const SYNONYM_HEADS: Record<string, string[]> = {
  award: ["prize"], prize: ["award"], competition: ["contest", "championship", "challenge"], contest: ["competition", "championship", "challenge"],
  match: ["game"], game: ["match"], treaty: ["pact", "agreement"], pact: ["treaty", "agreement"], agreement: ["treaty", "pact", "accord"],
};
// Something plural named before "they": a plural noun ("Scientists", "officials"), a pair, an acronym or a blank.
const PLURAL_BEFORE = /^\p{Lu}\p{Ll}{2,}s\b|\b(?!(?:was|has|his|its|this|thus|says|does|whereas)\b)\p{Ll}{3,}s\b|\band\b|\p{Lu}{2,}|_____/u;
// "Next year's competition": a time-anchored possessive is a determiner.
const TIME_POSSESSIVE = /^(?:year|week|month|season)['’]s$/i;
const SPORT_RANK = /\b(?:runner-up|finished (?:first|second|third|fourth|fifth|last|ahead)|second[- ]best time|took (?:the )?(?:gold|silver|bronze))\b/i;
const SPORT_EVENT = /\b(?:race|walk|meters?|metres?|final|match|event|championship|marathon|jump|throw|relay|heat|hurdles|sprint|steeplechase|tournament|game|put|vault|competition|round|stage|quarterfinals?|semifinals?)\b/i;

// "The broadcasts began …": an irregular past verb ends the subject (regular ones end in -ed).
const IRREGULAR_PAST =
  /^(?:began|became|brought|built|came|caught|chose|did|drew|drove|fell|felt|found|flew|fought|gave|got|grew|held|hit|kept|knew|led|left|lost|made|meant|met|paid|put|ran|rose|said|sank|saw|sent|set|shot|showed|sold|spent|spoke|stood|struck|took|told|thought|threw|understood|went|won|wrote)$/;
const CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * A capitalised word that can be a pronoun's antecedent: not a month ("In February, he …"), and the
 * stem's first word only when the article names something with it ("Fear that they …" names nobody).
 */
function namesSomeone(word: string, at: number, ctx: ReferenceContext): boolean {
  if (SENTENCE_STARTER.test(word) || CALENDAR_WORD.test(word)) return false;
  if (at > 0) return true;
  return ctx.entities.some((e) => e.type !== "DATE" && [e.name, ...e.aliases].some((n) => n.split(/\s+/).includes(word)));
}

/** The name a headline opens with as its subject ("Lycos Europe ends …"), when the body names it twice or more and no person has it. */
function titleSubject(ctx: ReferenceContext): string | undefined {
  const m = /^((?:\p{Lu}[\p{L}\d.&'’-]*\s+){0,3}\p{Lu}[\p{L}\d.&'’-]*)\s+\p{Ll}+s\b/u.exec(ctx.title.trim());
  const name = m?.[1];
  if (!name || SENTENCE_STARTER.test(name.split(/\s+/)[0]!)) return undefined;
  if (ctx.entities.some((e) => (e.type === "PERSON" || e.type === "PLACE") && [e.name, ...e.aliases].some((n) => n === name || name.startsWith(`${n} `)))) return undefined;
  const first = name.split(/\s+/)[0]!;
  const uses = ctx.sentences.filter((x) => new RegExp(`\\b${first}\\b`, "u").test(x.text)).length;
  return uses >= 2 ? name : undefined;
}

/** The one person the article gives this office ("President" → "Biden"), if exactly one. */
function officeHolder(office: string, ctx: ReferenceContext): string | undefined {
  const holders = ctx.entities.filter((e) => e.type === "PERSON" && e.role !== undefined && e.role.toLowerCase() === office.toLowerCase());
  if (holders.length !== 1) return undefined;
  const name = holders[0]!.name;
  // A name that is more than a name ("Jill Biden's Cancer Moonshot") is not safe to write in.
  return /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}$/u.test(name) && !/['’]s\b/.test(name) ? name : undefined;
}

const pronounGender = (pronoun: string): Gender | undefined =>
  /^(?:he|him|his)$/i.test(pronoun) ? "male" : /^(?:she|her|hers)$/i.test(pronoun) ? "female" : undefined;

/**
 * Whether `text` names a person who can be a pronoun's antecedent: "agrees" when it names one of that
 * gender (or of unknown gender), "clashes" when it names only people of the other, "none" when it names no
 * person the article knows (a place, a demonym, an unknown capitalised word).
 */
export function personBefore(text: string, want: Gender, ctx: ReferenceContext): "agrees" | "clashes" | "none" {
  let found: "clashes" | "none" = "none";
  for (const e of ctx.entities) {
    if (e.type !== "PERSON") continue;
    const surname = /\s(\p{Lu}[\p{L}'’-]{2,})$/u.exec(e.name)?.[1];
    const names = surname ? [e.name, ...e.aliases, surname] : [e.name, ...e.aliases];
    if (!names.some((n) => n.length > 1 && wordIn(text, n))) continue;
    if (agrees(e, want)) return "agrees";
    found = "clashes";
  }
  if (found === "clashes") return found;
  // A name the annotator missed ("Dvořák said he …") still counts; a month, a place, a demonym ("a Japanese
  // medical centre") or a word of an organisation's name does not.
  const unknown = [...text.matchAll(/(?<![\p{L}])\p{Lu}\p{Ll}+(?![\p{L}])/gu)].some(
    (w) => namesSomeone(w[0], w.index ?? 0, ctx) && !lookupPlace(w[0]) && !countryOfDemonym(w[0]) && !inNonPerson(w[0], ctx),
  );
  return unknown ? "agrees" : "none";
}

/** The word is part of the name of a place, organisation or date the article names. */
function inNonPerson(word: string, ctx: ReferenceContext): boolean {
  return ctx.entities.some((e) => e.type !== "PERSON" && [e.name, ...e.aliases].some((n) => n.split(/[\s-]+/).includes(word)));
}

// Sentence openings that lean on the sentence before: a connective or adverb of sequence or consequence
// ("Afterwards, …", "For instance, …", "As a result, …"), an opening phrase built on a definite description
// with no name in it ("Following the test, …", "On the next series, …", "During the flight, …").
const BACK_CONNECTIVE =
  /^(?:Afterwards?|Subsequently|Thereafter|Later|Later on|Consequently|Accordingly|Therefore|Thus|Hence|Otherwise|Again|Likewise|Similarly|In turn|In response|In return|In the meantime|As a result|As such|For (?:instance|example)|By contrast|In contrast|Even so|Despite this|Because of this|At the time|At that time|Soon after|Shortly after(?:wards)?|Until then|Prior to that|Besides)\b/;
const BACK_OPENING_PP =
  /^(?:After|Following|Before|During|Despite|Since|Until|Upon|On|Given|Because of|Due to|Amid|In light of|In view of)\s+(?:the|that|this|these|those|its|his|her|their)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)\s*,/u;
const SELF_ANCHORED = /^(?:past|future|world|end|beginning|meantime|moment|present|morning|afternoon|evening|night|weekend|time being|long run|short term|long term|interim|other hand|whole)$/;
// "In the second half", "After the evening session": a time within the event the stem names is no back-reference.
const TIME_WITHIN = /^(?:first|second|third|fourth|fifth|last|final|opening|closing|morning|afternoon|evening|night|\d+\p{L}*)$/u;
// "the second data source", "the next series", "the remaining players": picked out of a set named before.
const ORDINAL_REFERENCE =
  /\b[Tt]he\s+(?:next|previous|preceding|remaining|other|second|third|fourth|fifth|latter|former)\s+(\p{Ll}[\p{Ll}-]*)/u;
const ORDERED_SERIES = /^(?:half|quarter|period|round|inning|innings|set|leg|stage|term|place|time|day|week|month|year|season|century|decade|game|lap|tier|largest|highest|biggest|most|longest|oldest|way|hand|side)$/;

const BARE_RELATIONAL =
  /^(?:Estimates|Results|Findings|Figures|Measurements|Observations|Calculations|Projections|Simulations|Tests|Analyses|Samples|Data|Models)\s+(?:have|has|had|were|are|was|is|show|showed|shown|suggest|suggested|range|ranged|indicate|indicated|reveal|revealed|put|vary|varied)\b/;

// "Previous estimates range …", "Further threats came …": a plural subject set against ones told before.
const RELATIVE_PLURAL_SUBJECT = /^(?:Previous|Earlier|Prior|Further|Similar|Such)\s+\p{Ll}[\p{Ll}-]*s\b(?!\s+(?:of|for|by|from)\b)/u;

/** The stem opens with, or contains, a reference to something only the previous sentences set up. */
export function pointsBack(stem: string): boolean {
  const text = stem.replace(/["“][^"”]*["”]/g, (q) => " ".repeat(q.length));
  if (BACK_CONNECTIVE.test(text) && /^[^,]{0,25},/.test(text)) return true;
  const pp = BACK_OPENING_PP.exec(text);
  if (pp) {
    const words = (pp[1] ?? "").split(/\s+/);
    const anchored = SELF_ANCHORED.test(words.join(" ")) || SELF_ANCHORED.test(words[words.length - 1] ?? "") || words.some((w) => TIME_WITHIN.test(w) || w === "of");
    if (!anchored) return true;
  }
  // "I visited the festival on Saturday night": the narrator is nobody the stem names.
  if (/(?:^|[^\p{L}])(?:I|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|us)(?![\p{L}.'’-])/u.test(text)) return true;
  // "Denver and Carolina both subsequently punted": after what?
  if (/\b(?:subsequently|thereafter|afterwards|afterward)\b/i.test(text) && !/\b(?:subsequently|thereafter|afterwards|afterward)\b[^,.;]*\b(?:after|following|when)\b/i.test(text)) return true;
  // "Estimates have ranged from …", "Results showed …": a bare plural of a relational noun is someone's, named before.
  if (BARE_RELATIONAL.test(text) || RELATIVE_PLURAL_SUBJECT.test(text)) return true;
  // "Although Dvořák was not aware of it": "it" after a preposition with no thing named before it in the stem.
  const it = /\b(?:of|about|for|with|to|on|from|by|against|into|at)\s+it\b/.exec(text);
  if (it && !/\b(?:the|a|an|its|this|that|their|his|her)\s+\p{L}|\b\p{Ll}{3,}(?:tion|ment|ness|ity|ing|s)\b|\p{Lu}{2,}/u.test(text.slice(0, it.index))) return true;
  // "To achieve the first two goals": the goals were listed before.
  if (/\b[Tt]he\s+(?:first|last|other|remaining|final)\s+(?:two|three|four|five|few)\s+\p{Ll}+\s*[,;.]/u.test(text)) return true;
  const ord = ORDINAL_REFERENCE.exec(text);
  if (ord && !ORDERED_SERIES.test(ord[1] ?? "")) {
    const after = text.slice(ord.index + ord[0].length);
    // "the next race, the Gobowling.com 400": an apposition names it.
    if (!/^(?:\s+\p{Ll}[\p{Ll}-]*)?(?:\s*(?:of|to|in|at|on|for|between|with|by|from|against|that|which|who|whose|since|ever|-)\b|,\s+(?:the\s+)?\p{Lu})/u.test(after)) return true;
  }
  return false;
}

const singular = (w: string) => w.replace(/ies$/, "y").replace(/(?<=[^s])s$/, "");

/** Spans of the text inside quotation marks: speech stands on the speaker's words and is left alone. */
function quoted(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /["“][^"“”]*["”]?/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

function wordIn(text: string, word: string): boolean {
  return new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}s?\\b`, "i").test(text);
}

interface Sighting {
  /** Sentence index where the name is first met; -1 for the title. */
  at: number;
  name: string;
}

// Per article and head word: every name ending in that head and where it is first met, computed once
// (a long article asks about the same heads for thousands of candidate stems).
const sightings = new WeakMap<ReferenceContext, Map<string, Sighting[]>>();

function namesWithHead(head: string, ctx: ReferenceContext): Sighting[] {
  let byHead = sightings.get(ctx);
  if (!byHead) sightings.set(ctx, (byHead = new Map()));
  const cached = byHead.get(head);
  if (cached) return cached;
  const first = new Map<string, number>();
  const see = (name: string, at: number) => {
    const known = first.get(name);
    if (known === undefined || at < known) first.set(name, at);
  };
  // A name's head is the last word before its complement: the "Goddard Institute for Space Studies" is an
  // institute, not a study ("not involved in the study" must not become "… in the Goddard Institute …").
  const lastWord = (name: string) => singular((name.split(/\s+(?:of|for|on|and|at|in|to)\s+/)[0]!.split(/[\s-]+/).pop() ?? "").toLowerCase());
  for (const e of ctx.entities) {
    if (e.type === "DATE" || e.type === "NUMBER" || e.type === "MONEY" || e.type === "PERCENT" || e.type === "DURATION") continue;
    if (!/^\p{Lu}/u.test(e.name) || !/\s|-/.test(e.name) || lastWord(e.name) !== head) continue;
    if (ctx.title.includes(e.name)) see(e.name, -1);
    for (const m of e.mentions) see(e.name, m.sentence);
  }
  // Title phrases the annotator may not type ("The Kellogg-Briand Pact, 1928").
  const capHead = head.charAt(0).toUpperCase() + head.slice(1);
  // "World War" is no name inside "World War II": the name must end where its capitalised words or numerals do.
  const re = new RegExp(`((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*[\\s-]${capHead}s?)\\b(?![\\s-]+(?:\\p{Lu}|\\d))`, "gu");
  const sources = [{ at: -1, text: ctx.title }, ...ctx.sentences.map((s) => ({ at: s.index, text: s.text }))];
  for (const { at, text } of sources) {
    if (!text.includes(capHead)) continue;
    for (const m of text.matchAll(re)) {
      // "Space Research" inside "Institute for Space Research" is a complement, not a name with this head.
      if (/\p{Lu}[\p{L}.'’-]*\s+(?:of|for|on|and)\s+$/u.test(text.slice(0, m.index))) continue;
      const name = (m[1] ?? "").replace(/^(?:The|A|An|In|On|At|By|Of|For)\s+/, "").replace(/^\p{Lu}[\p{L}.]*['’]s\s+/u, "");
      // A headline in title case ("Kiprono Breaks Berlin Marathon Course Record") names nothing unless the body uses the name too.
      if (/\s|-/.test(name) && (at >= 0 || ctx.sentences.some((x) => x.text.includes(name)))) see(name, at);
    }
  }
  const list = [...first].map(([name, at]) => ({ name, at }));
  byHead.set(head, list);
  return list;
}

/** Named things the reader has met before sentence `index` (or in the title), whose last word is `head`. */
export function namedAntecedents(head: string, index: number, ctx: ReferenceContext): string[] {
  const list = namesWithHead(head, ctx)
    .filter((s) => s.at <= index)
    .map((s) => s.name);
  // "Kellogg-Briand Pact" and "The Kellogg-Briand Pact" are one; a longer name containing a shorter one wins.
  return list.filter((n) => !list.some((m) => m !== n && m.includes(n)));
}

// "the country" is the one country the passage has just named (a strict head-and-type sieve).
const TYPED_HEADS: Record<string, (e: Entity) => boolean> = {
  country: (e) => e.type === "PLACE" && e.subtype === "country",
  nation: (e) => e.type === "PLACE" && e.subtype === "country",
  city: (e) => e.type === "PLACE" && e.subtype === "city",
  state: (e) => e.type === "PLACE" && e.subtype === "state",
  company: (e) => e.type === "ORG",
  firm: (e) => e.type === "ORG",
};

// "the rotorcraft", "the spacecraft": the one named machine of the passage ("Ingenuity Mars Helicopter").
// Each generic head names only machines of its own kind ("the rover" is never the helicopter).
const OBJECT_HEADS: Record<string, RegExp> = {
  rover: /\bRover$/,
  helicopter: /\bHelicopter$/,
  rotorcraft: /\bHelicopter$/,
  satellite: /\b(?:Satellite|Sentinel-\w+)$/,
  spacecraft: /\b(?:Spacecraft|Probe|Capsule)$/,
  probe: /\bProbe$/,
  telescope: /\bTelescope$/,
  ship: /\bShip$/,
};

/**
 * "the summit" after "The upcoming summit in Budapest …": the one earlier definite description of the
 * same head that a named place or party pins down ("the summit in Budapest"). Indefinite ones ("a
 * previous meeting between …") introduce another event and do not count.
 */
const descriptions = new WeakMap<ReferenceContext, Map<string, { at: number; text: string }[]>>();

function describedAntecedents(head: string, index: number, ctx: ReferenceContext): string[] {
  let byHead = descriptions.get(ctx);
  if (!byHead) descriptions.set(ctx, (byHead = new Map()));
  let list = byHead.get(head);
  if (!list) {
    // "an event at NASA Headquarters" introduces "the event" as surely as "the event at …" does.
    // ("a previous meeting …" sets up a contrast with the one meant: never an antecedent.)
    const re = new RegExp(`\\b(?:[Tt]he|[Tt]his|[Aa]n?(?!\\s+(?:[\\p{Ll}-]+\\s+)?(?:previous|earlier|prior|separate|second|another|other|former|last|similar)\\b))\\s+(?:[\\p{Ll}-]+\\s+){0,2}${head}\\s+(in|between|of|with|at)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:and\\s+|(?:of|for)\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}.'’-]*)*)`, "gu");
    list = [];
    for (const x of ctx.sentences) {
      if (!x.text.includes(head)) continue;
      for (const m of x.text.matchAll(re)) list.push({ at: x.index, text: `the ${head} ${m[1]} ${m[2]}` });
    }
    byHead.set(head, list);
  }
  const found = new Set(list.filter((d) => d.at < index).map((d) => d.text));
  return found.size === 1 ? [...found] : [];
}

/** The one entity of the head's type named in this sentence or the two before it, if exactly one. */
function typedAntecedents(head: string, index: number, ctx: ReferenceContext): string[] {
  const kind = OBJECT_HEADS[head];
  if (kind) {
    const near = ctx.entities.filter((e) => e.type === "PHRASE" && kind.test(e.name) && e.mentions.some((m) => m.sentence <= index && m.sentence >= index - 3));
    return near.length === 1 ? [`the ${near[0]!.name}`] : [];
  }
  const fits = TYPED_HEADS[head];
  if (!fits) return [];
  const near = ctx.entities.filter((e) => fits(e) && e.mentions.some((m) => m.sentence < index && m.sentence >= index - 2 && !m.modifier));
  // "over the country" → "over the United States", never "over United States".
  return near.length === 1 ? [takesThe(near[0]!.name) ? `the ${near[0]!.name}` : near[0]!.name] : [];
}

/**
 * The stem rewritten to stand alone, or null when a reference in it cannot be resolved.
 * `index` is the source sentence's index; `avoid` are strings the rewrite must not introduce
 * (the answer and its other forms: naming the antecedent must not give the answer away).
 */
export function standAlone(stem: string, index: number, ctx: ReferenceContext, avoid: readonly string[] = [], strictPerson = true): string | null {
  // ", however," goes; the comma stays when it closes an opening clause ("Given …, however, Jefferson …").
  let out = stem.replace(/,\s+(?:however|nevertheless|meanwhile|moreover|though|in turn|too|on the other hand|by contrast|in contrast|for (?:its|their|his|her) part),\s+/gi, (_m, at: number) => (stem.slice(0, at).includes(",") || OPENING_CLAUSE.test(stem) ? ", " : " "));
  // "Failing that, …", "From there, …": the opening points at the previous sentence.
  if (/^(?:Failing that|From there|By then|After that|Since then|Before that|At that point|Then)\b/i.test(out)) return null;
  if (pointsBack(out)) return null;
  const inQuote = (at: number) => quoted(out).some(([a, b]) => at > a && at < b);

  // A bare quotation with no speaker says nothing checkable about the article.
  if (/^["“]/.test(out) && /["”]\W*$/.test(out) && quoted(out).length === 1 && quoted(out)[0]![1] >= out.length - 2) return null;
  // "X responded by sending …": a response to something the stem does not say.
  if (/\b(?:responded|reacted|retaliated)\b(?!\s+(?:to|on|against)\b)/.test(out)) return null;
  // "Visiting Russia in March 1890, he conducted …": the subject after an opening phrase takes the one person
  // the previous sentences name (as namedSubjects does for "He …" at the start).
  const subjectPronoun = /^([^,"“]{3,100}),\s+(he|she)\b/.exec(out);
  if (strictPerson && subjectPronoun && !/\b(?:he|she|him|his|her|they|them|their)\b/i.test(subjectPronoun[1]!)) {
    const opening = subjectPronoun[1]!;
    const want: Gender = subjectPronoun[2] === "he" ? "male" : "female";
    const name = personBefore(opening, want, ctx) === "agrees" ? undefined : previousPerson(index, want, ctx);
    if (name && !avoid.some((a) => a.length > 1 && (wordIn(name, a) || wordIn(a, name.split(" ").pop() ?? name)))) {
      const at = subjectPronoun[0].length - subjectPronoun[2]!.length;
      out = out.slice(0, at) + name + out.slice(at + subjectPronoun[2]!.length);
    }
  }
  // Personal pronouns need a person named earlier in the stem.
  for (const m of out.matchAll(/\b(?:he|she|him|his|her|hers|they|them|their)\b/gi)) {
    if (inQuote(m.index ?? 0)) continue;
    const before = out.slice(0, m.index ?? 0);
    // "Eastman said he is alarmed by what they found": "they" needs more than one person named before it.
    if (/^(?:they|them)$/i.test(m[0]) && !PLURAL_BEFORE.test(before)) return null;
    // "he"/"she" need a person of their gender: "Seeking recognition beyond the Prague area, he …" names a place,
    // "Sarkozy said her safe return …" a man. (A timeline's events, listed under the article's subject, keep the
    // looser test: `strictPerson` false.)
    const want = pronounGender(m[0]);
    if (strictPerson && want) {
      if (personBefore(before, want, ctx) === "agrees") continue;
      // A blank may be the antecedent when the answer is a person of that gender, or a name the article does not
      // type ("For _____ she was …" → seven years is none).
      const answer = avoid[0] ?? "";
      const typed = ctx.entities.find((e) => [e.name, ...e.aliases].includes(answer));
      const blankFits = typed ? typed.type === "PERSON" && agrees(typed, want) : /^\p{Lu}/u.test(answer) && !CALENDAR_WORD.test(answer.split(/\s/)[0] ?? "") && !/\d/.test(answer);
      if (blankFits && before.includes("_____")) continue;
      return null;
    }
    const named = [...before.matchAll(/\b\p{Lu}\p{Ll}+\b/gu)].some((w) => namesSomeone(w[0], w.index ?? 0, ctx));
    // A blank may be the antecedent, unless it is a date's year ("In February, _____, he …") or the answer
    // is no name at all ("For _____ she was …" → seven years).
    const nameAnswer = avoid.length === 0 || /^(?:the\s+)?\p{Lu}/u.test(avoid[0] ?? "") && !CALENDAR_WORD.test((avoid[0] ?? "").split(/\s/)[0] ?? "");
    if (!named && !(nameAnswer && /(?<!(?:January|February|March|April|May|June|July|August|September|October|November|December),? )_____/.test(before))) return null;
  }
  if (/^(?:The\s+)?(?:first|second|third|latter|former|other|rest)\s+(?:was|were|is|are|had|has)\b/i.test(out)) return null;
  // "rejected such an agreement", "Signatories included …": such what? whose signatories?
  const such = /\bsuch an? \p{Ll}+/u.exec(out);
  if (such && !inQuote(such.index) && !/\bsuch an? \p{Ll}+ (?:as (?:\p{Lu}|the\b)|that\b)/u.test(out)) return null;
  if (/^(?:Signatories|Participants|Delegates|Members|Winners|Finalists|Survivors|Victims)\s+\p{Ll}/u.test(out)) return null;
  // "the President's budget proposal" → "President Biden's budget proposal": an office the article gives one holder.
  for (let office = BARE_OFFICE.exec(out), guard = 0; office && guard < 3; office = BARE_OFFICE.exec(out), guard++) {
    // "the President and First Lady's Cancer Moonshot": one half of a coordinated title cannot be rewritten alone.
    if (inQuote(office.index) || /^\s+and\b/.test(out.slice(office.index + office[0].length))) return null;
    const holder = officeHolder(office[0].replace(/^[Tt]he\s+/, ""), ctx);
    if (!holder || avoid.some((a) => a.length > 1 && wordIn(holder, a))) return null;
    out = out.slice(0, office.index) + office[0].replace(/^[Tt]he\s+/, "") + " " + holder + out.slice(office.index + office[0].length);
  }
  // "Before it, glacial cycles …": an "it" before anything is named.
  if (/^(?:\p{Lu}\p{Ll}+\s+)?(?:it|its)\b/iu.test(out)) return null;
  if (/^(?:Further|Other|Another|Additional|Similar)\s/.test(out)) return null;
  // "A number of other foreign policy problems also …", "There are a host of other causes …": other than the
  // ones the previous sentences named.
  if (/^(?:There (?:are|were|is|was) )?(?:a (?:number|host|range|variety|series|couple) of|several|many|numerous|some|various|two|three|four) (?:other|further|additional|similar) \p{Ll}/iu.test(out) && !/\b(?:than|besides|apart from|in addition to)\b/.test(out)) return null;
  // "The following year, …": following what?
  if (/^(?:The|That|This) (?:following|next|previous|same) (?:year|month|week|day|season|spring|summer|autumn|fall|winter)\b/.test(out)) return null;
  // "Logano, 591; and Bowyer, 577, closed out the top ten.": the tail of a list whose head is in another clause.
  if (/^(?:\p{Lu}[\p{L}.'’ -]{0,30}|_____), (?:with )?(?:\d[\d,.]*|_____)(?:[;,]|\.?$)/u.test(out)) return null;
  // "Earnhardt, Jr. with 693.": a name and a number with no verb between them.
  if (/^(?:\p{Lu}[\p{L}.,'’ -]{0,40}?|_____)\s+with\s+(?:\d[\d,.]*|_____)\s*[.;]?$/u.test(out)) return null;
  // 'Roche: "No, Sir, save it …"': an e-mail or remark quoted after a colon is speech, not a checkable claim.
  const speaker = /^([^"“:]{3,160}):\s*["“]/.exec(out);
  if (speaker && !/\b(?!(?:of|the|and|for|to|at|in)\b)\p{Ll}{2,}\b/u.test(speaker[1] ?? "")) return null;
  // "Hahn said they apply to …": the pronoun after a verb of saying points past the speaker, to something told before.
  const saidThey = /\b(?:said|says|say|added|noted|explained|stated|told reporters)\s+(?:that\s+)?they\b/.exec(out.replace(/["“][^"”]*["”]/g, ""));
  if (saidThey && !PLURAL_BEFORE.test(out.slice(0, saidThey.index).replace(/_____/g, ""))) return null;
  if (/^(?:Some|Others|Many|Several|Few|Most|Both)\s+(?!of\b)\p{Ll}+/u.test(out) && !/^(?:Some|Many|Several|Few|Most|Both)\s+\p{Ll}+\s+(?:of|in|from)\b/u.test(out)) return null;
  // "will then spend …": then what?
  if (/\b(?:will|would|can|could|must|should|was|were|is|are)\s+then\b/.test(out)) return null;
  // "finished third", "was the runner-up": in what?
  if (SPORT_RANK.test(out) && !SPORT_EVENT.test(out)) return null;

  // "The ice was cut …", "The race started …": a definite subject whose noun the previous sentences
  // introduced points back at them (strict head match) and has no name to take.
  const subject = /^The\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]+)\b/u.exec(out);
  if (subject) {
    const nouns: string[] = [];
    for (const w of (subject[1] ?? "").split(/\s+/)) {
      if (FUNCTION_WORD.test(w) || /^(?:is|are|was|were|will|has|had|have|can|could|would|should|may|might)$/.test(w) || IRREGULAR_PAST.test(w)) break;
      if (UNIQUE_MODIFIER.test(w)) {
        nouns.length = 0;
        break;
      }
      if (!/(?:ed|ing|al|ous|ive|ic|ful|less|able|ible)$/.test(w)) nouns.push(singular(w));
    }
    const rest = out.slice(subject.index + 4);
    const noun = nouns[nouns.length - 1];
    if (noun && !RESTRICTIVE.test(rest.slice(rest.indexOf(noun) + noun.length).replace(/^s\b/, ""))) {
      const earlier = ctx.sentences.slice(Math.max(0, index - 2), index).some((x) => new RegExp(`\\b${noun}s?\\b`, "i").test(x.text));
      if (earlier && namedAntecedents(noun, index, ctx).length === 0) return null;
    }
  }

  const replacements: { at: number; length: number; text: string }[] = [];
  const words = [...out.matchAll(/[\p{L}\d](?:[\p{L}\d'’()-]|\.(?=[\p{L}\d]))*/gu)];
  for (let i = 0; i < words.length; i++) {
    const det = words[i]!;
    const timed = TIME_POSSESSIVE.test(det[0]) && i > 0 && /^(?:next|last|this)$/i.test(words[i - 1]![0]);
    if ((!DETERMINERS.test(det[0]) && !timed) || inQuote(det.index ?? 0)) continue;
    const demonstrative = !/^the$/i.test(det[0]) && !timed;
    let head: RegExpMatchArray | undefined;
    let unique = false;
    for (let k = i + 1; k <= Math.min(words.length - 1, i + 4); k++) {
      const w = words[k]!;
      const gap = out.slice((words[k - 1]!.index ?? 0) + words[k - 1]![0].length, w.index ?? 0);
      if (/[,;:.!?"“”]/.test(gap)) break;
      const word = w[0].replace(/['’]s$/, "");
      if (/^\p{Lu}/u.test(word) || FUNCTION_WORD.test(word)) break;
      const lower = singular(word.toLowerCase());
      const isHead = ANAPHORIC_HEADS.has(lower) || ANAPHORIC_HEADS.has(word.toLowerCase());
      // "request", "contest" end like superlatives but are heads.
      if (!isHead && UNIQUE_MODIFIER.test(word.toLowerCase())) unique = true;
      if (isHead) {
        head = w;
        break;
      }
      if (demonstrative && k === i + 1 && /^\p{Ll}+$/u.test(word)) {
        head = w;
        break;
      }
    }
    if (!head || unique) continue;
    if (timed) return null;
    const headWord = head[0].replace(/['’]s$/, "");
    const headEnd = (head.index ?? 0) + headWord.length;
    // "this turn of events": a demonstrative points back whatever follows it.
    if (!demonstrative && RESTRICTIVE.test(out.slice(headEnd))) continue;
    // Introduced earlier in the stem itself ("a study … the study") is resolved already.
    if (new RegExp(`\\b${headWord}\\b`).test(out.slice(0, det.index ?? 0))) continue;
    const lowerHead = singular(headWord.toLowerCase());
    // "the agency's website" in a NASA release is NASA, not the one other "… Agency" named: bodies
    // that articles call by acronym or short name are never resolved by their head word.
    if (UNNAMED_BODY.test(lowerHead)) {
      // "The company started distributing …" under the headline "Lycos Europe ends its anti-spam campaign":
      // a company or firm is the organisation the headline opens with, when the body keeps naming it.
      const subject = /^(?:company|firm)$/.test(lowerHead) && !demonstrative ? titleSubject(ctx) : undefined;
      if (!subject || avoid.some((a) => a.length > 1 && wordIn(subject, a)) || out.includes(subject)) return null;
      replacements.push({ at: det.index ?? 0, length: headEnd - (det.index ?? 0), text: subject });
      continue;
    }
    // "the two banks": a plural description has no single named antecedent.
    if (lowerHead !== headWord.toLowerCase() && !TYPED_HEADS[headWord.toLowerCase()]) return null;
    // "receiving the award" after "the Nobel Peace Prize": a head's near-synonym names it too.
    const named = [lowerHead, ...(SYNONYM_HEADS[lowerHead] ?? [])].map((h) => namedAntecedents(h, index, ctx)).find((list) => list.length > 0) ?? [];
    const typed = named.length === 0 && !demonstrative ? typedAntecedents(lowerHead, index, ctx) : [];
    const described = named.length === 0 && typed.length === 0 && !demonstrative ? describedAntecedents(headWord.toLowerCase(), index, ctx) : [];
    const names = named.length > 0 ? named : typed.length > 0 ? typed : described;
    if (names.length !== 1) return null;
    // "the arbitration commission" is not the "Joint High Commission": a modifier the name lacks sets it apart.
    const modifiers = out.slice((det.index ?? 0) + det[0].length, head.index ?? 0).toLowerCase().match(/\p{Ll}[\p{Ll}-]+/gu) ?? [];
    if (named.length > 0 && modifiers.some((w) => !LOOSE_MODIFIER.test(w) && !names[0]!.toLowerCase().includes(w))) return null;
    const name = names[0] as string;
    if (avoid.some((a) => a.length > 1 && wordIn(name, a))) return null;
    // "… in the contest … of the competition": once named, a later description of it reads as written.
    if (replacements.some((r) => r.text.toLowerCase().endsWith(name.toLowerCase())) || out.slice(0, det.index ?? 0).includes(name)) continue;
    const capital = /^\p{Lu}/u.test(det[0]);
    const bare = named.length === 0;
    const article = bare || /^the\s/i.test(name) ? "" : capital ? "The " : "the ";
    const text = `${article}${name}`;
    replacements.push({ at: det.index ?? 0, length: headEnd - (det.index ?? 0), text: capital ? text.charAt(0).toUpperCase() + text.slice(1) : text });
  }
  for (const r of replacements.sort((a, b) => b.at - a.at)) out = out.slice(0, r.at) + r.text + out.slice(r.at + r.length);
  return spellOutAcronyms(out, ctx, avoid);
}

/** "The GBM organises …" → "The Green Belt Movement organises …": an acronym the article spells out, spelled out once. */
function spellOutAcronyms(stem: string, ctx: ReferenceContext, avoid: readonly string[]): string {
  let out = stem;
  for (const e of ctx.entities) {
    if (e.type !== "ORG" || !/\s/.test(e.name)) continue;
    for (const acronym of e.aliases) {
      if (!/^[A-Z]{2,6}$/.test(acronym) || out.includes(e.name)) continue;
      // Only "the GBM" read as a name: not "SACN Summit" (part of a longer name), "(EADS)" or a bare "join SACN".
      const m = new RegExp(`\\b([Tt]he )${acronym}\\b(?![-\\s]+\\p{Lu})(?!\\))`, "u").exec(out);
      if (!m || quoted(out).some(([a, b]) => m.index > a && m.index < b)) continue;
      m.index += (m[1] ?? "").length;
      if (avoid.some((a) => a.length > 1 && (wordIn(e.name, a) || a === acronym))) continue;
      out = out.slice(0, m.index) + e.name + out.slice(m.index + acronym.length);
    }
  }
  return out;
}

// Nouns that name one thing everybody knows, or a time, and need no antecedent; ordinals are modifiers ("the second
// half"), "the score" is the game's and "the women's 400 metres" a class of events.
const GENERIC_HEAD =
  /^(?:world|sun|moon|earth|sky|public|past|future|present|internet|web|weather|environment|economy|time|times|day|night|morning|evening|afternoon|year|years|way|end|beginning|start|middle|rest|first|last|same|most|least|majority|minority|number|age|country|nation|people|population|history|media|press|field|ground|air|water|sea|ocean|oceans|coast|north|south|east|west|region|area|top|bottom|side|center|centre|surface|government|state|law|news|market|industry|military|police|army|navy|team|season|game|match|league|race|title|record|following|former|latter|late|early|half|quarter|minute|period|round|lap|inning|innings|second|third|fourth|fifth|score|women|men)$/;
const NOUN_COMPLEMENT = /^\s*(?:of|for|that|which|who|whom|whose|where|when|called|named|known|in question|["“‘]|to\s+\p{Ll}+|(?:in|on|at|from|for|with|between|against|by|over|under|near)\s+(?:the\s+)?(?:\p{Lu}|_____|\d))/u;
// Shell nouns (Schmid 2000): abstract nouns whose content is a proposition the text states elsewhere. With a
// definite determiner and no complement ("the possibility", "the situation", "this development") they point
// at an earlier sentence, whatever the article.
const SHELL_NOUN =
  /^(?:possibility|situation|problem|problems|issue|issues|question|matter|fact|idea|notion|concept|view|belief|claim|argument|proposal|plan|move|step|decision|choice|change|changes|development|developments|trend|process|phenomenon|approach|strategy|policy|effort|efforts|attempt|measure|measures|action|actions|incident|episode|event|events|situation|circumstances|conditions|outcome|result|results|consequence|consequences|effect|effects|impact|reason|reasons|purpose|goal|aim|task|challenge|difficulty|difficulties|risk|threat|danger|crisis|dispute|controversy|conflict|arrangement|agreement|deal|compromise|offer|request|demand|suggestion|plea|promise|warning|announcement|statement|report|news|discovery|finding|findings|observation|technology|technique|method|system|scheme|practice|tradition|policy|reform|reforms|program|programme|project|initiative|campaign|operation|mission|venture|experiment|test|study|research|work|effort|pressure|tension|tensions|rivalry|relationship|relations|cooperation|collaboration|support|opposition|criticism|praise|response|reaction|backlash|setback|success|failure|victory|defeat|loss|win|achievement|milestone|breakthrough|feat|record|same)$/;
const SHELL_COMPLEMENT = /^\s*(?:of|that|to|about|between|on|over|against|with|whereby|in which|where|when|called|known)\b/;
const introducedCache = new WeakMap<ReferenceContext, Map<string, number>>();

/** The first sentence (or -1 for the title) where `noun` heads a noun phrase ("a possibility", "its phases"). */
function firstIntroduced(noun: string, ctx: ReferenceContext): number | undefined {
  let cache = introducedCache.get(ctx);
  if (!cache) introducedCache.set(ctx, (cache = new Map()));
  if (cache.has(noun)) return cache.get(noun)! < -1 ? undefined : cache.get(noun);
  const re = new RegExp(`\\b(?:a|an|the|this|that|these|those|its|their|his|her|our|two|three|several|many|new|first|second|one)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${noun}(?:s|es)?\\b`, "iu");
  let at = -2;
  if (re.test(ctx.title)) at = -1;
  else for (const s of ctx.sentences) if (s.text.includes(noun) && re.test(s.text)) { at = s.index; break; }
  cache.set(noun, at);
  return at < -1 ? undefined : at;
}

/** Where a description that leans back sits: the stem's subject (its start, or right after an opening phrase) or elsewhere. */
export interface LeaningDescription {
  text: string;
  subject: boolean;
  /** A bare shell noun ("the possibility"): no modifier, no complement; its head need not occur before. */
  shell: boolean;
}

/**
 * A definite description in the stem that leans on an earlier sentence: "the possibility", "The first
 * phase", "the situation" — its head noun was introduced before the source sentence (`index`), or it is a
 * bare shell noun, and the stem neither introduces it itself nor restricts it (a complement, a name or a
 * quoted title in apposition). No list of article words decides: the article's own earlier sentences do.
 */
export function leansBack(stem: string, index: number, ctx: ReferenceContext): LeaningDescription | undefined {
  const text = stem.replace(/["“][^"”]*["”]/g, (q) => `"${" ".repeat(Math.max(0, q.length - 1))}`);
  const re = /\b([Tt]he|[Tt]his|[Tt]hese|[Tt]hose)\s+((?:[\p{Ll}][\p{Ll}-]*\s+){0,2})([\p{Ll}][\p{Ll}-]{2,})(['’]s\b)?/gu;
  // "Requests have come from …", "Efforts were made …": a bare plural shell noun as the subject is someone's, told before.
  const barePlural = /^(\p{Lu}\p{Ll}+s)\s+(?:have|has|had|were|are|was|is|came|come|continued|began)\b/u.exec(text);
  if (barePlural && SHELL_NOUN.test(singular(barePlural[1]!.toLowerCase())) && !NOUN_COMPLEMENT.test(text.slice(barePlural[1]!.length))) {
    return { text: barePlural[1]!, subject: true, shell: true };
  }
  // "The 1882 Act was …" after "the Chinese Exclusion Act": a year before the head of a name told earlier.
  const dated = /(?:^|,\s+)([Tt]he\s+\d{4}\s+(\p{Lu}\p{Ll}+))\b(?!['’]|\s+(?:of|for|on|to)\b|\s+\p{Lu})/u.exec(text);
  if (dated && ctx.sentences.some((s) => s.index < index && new RegExp(`\\p{Lu}[\\p{L}'’-]*\\s+${dated[2]}\\b`, "u").test(s.text))) {
    return { text: dated[1]!, subject: dated.index <= 60, shell: false };
  }
  // "The Portuguese has won …": a nationality with a singular verb stands for a person named before.
  const demonym = /(?:^|,\s+)([Tt]he\s+(\p{Lu}\p{Ll}+))\s+(?:has|was|is|says)\b/u.exec(text);
  if (demonym && countryOfDemonym(demonym[2]!)) return { text: demonym[1]!, subject: demonym.index <= 60, shell: false };
  let found: LeaningDescription | undefined;
  for (const m of text.matchAll(re)) {
    const words = [...(m[2] ?? "").trim().split(/\s+/).filter(Boolean), m[3]!];
    // Each word up to the first function word may be the head ("the judge ruled that" → "judge", "the situation
    // changed" → "situation"): the first that leans back decides.
    let last = words.length - 1;
    for (let k = 0; k < words.length; k++) {
      // A verb ends the description too: "the situation changed", "the broadcasts began".
      if (FUNCTION_WORD.test(words[k]!) || /ly$/.test(words[k]!) || (k > 0 && (/ed$/.test(words[k]!) || IRREGULAR_PAST.test(words[k]!)))) {
        last = k - 1;
        break;
      }
    }
    for (let head = 0; head <= last; head++) {
      const noun = singular(words[head]!);
      if (GENERIC_HEAD.test(noun) || GENERIC_HEAD.test(words[head]!) || noun.length < 4) continue;
      const phrase = `${m[1]} ${words.slice(0, head + 1).join(" ")}`;
      const after = text.slice((m.index ?? 0) + m[1]!.length + 1 + words.slice(0, head + 1).join(" ").length);
      const possessor = head === words.length - 1 && m[4] !== undefined;
      const bareShell = head === 0 && last === 0 && SHELL_NOUN.test(words[0]!);
      // "the asteroid's trajectory": the possessor is the description; otherwise a complement or a name restricts it
      // (a bare shell noun only by what it is about: "the incident for his decision" is still the incident told before).
      const restricted = bareShell ? SHELL_COMPLEMENT.test(after) : NOUN_COMPLEMENT.test(after);
      if (!possessor && (restricted || /^\s*,?\s*(?:the\s+)?\p{Lu}/u.test(after))) continue;
      // Introduced in the stem itself ("a study … the study").
      if (new RegExp(`\\b${noun}`, "i").test(text.slice(0, m.index ?? 0))) continue;
      // The subject: the stem's start, or right after an opening phrase ("On July 4, 1956, the situation changed").
      const subject = (m.index ?? 0) === 0 || (/,\s*$/.test(text.slice(0, m.index ?? 0)) && (m.index ?? 0) <= 60);
      const at = firstIntroduced(noun, ctx);
      if ((at !== undefined && at < index) || bareShell) {
        const here = { text: phrase, subject, shell: bareShell };
        if (subject) return here;
        found ??= here;
        break;
      }
    }
  }
  return found;
}
