import { detectQuantities } from "./dates";
import { countryOfDemonym, isUsState, lookupPlace } from "./gazetteer";
import { MAX_NLP_SENTENCE, type Token } from "./nlp";
import type { Entity, EntityType, Mention, Sentence } from "./types";

const TITLES = [
  "Director-General", "Director General", "Vice President", "President", "Presidents", "Prime Minister", "Foreign Minister", "Defense Minister", "Defence Minister",
  "Finance Minister", "Interior Minister", "Minister", "Secretary of State", "Secretary-General", "Secretary General",
  "Secretary", "Chancellor", "King", "Queen", "Prince", "Princess", "Emperor", "Pope", "Senator", "Sen.",
  "Representative", "Rep.", "Governor", "Gov.", "Mayor", "Ambassador", "Chief Justice", "Justice", "Judge",
  "General", "Gen.", "Admiral", "Colonel", "Col.", "Lieutenant", "Captain", "Capt.", "Sergeant", "Commissioner",
  "Chairman", "Chairwoman", "Chief Executive", "CEO", "CFO", "CTO", "Director", "Professor", "Prof.", "Dr.",
  "Mr.", "Mrs.", "Ms.", "Dr", "Mr", "Mrs", "Ms", "Prof", "Sir", "Dame", "Lord", "Lady", "Coach", "Speaker", "Leader", "Archbishop", "Bishop",
  "Rabbi", "Sheikh", "Ayatollah", "Commander", "Inspector", "Detective", "Officer", "Agent",
  "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "coach", "head coach", "manager",
  "striker", "midfielder", "defender", "goalkeeper", "forward", "quarterback", "captain", "astronaut",
  "scientist", "researcher", "economist", "analyst", "author", "founder", "co-founder", "chief executive",
  "president", "minister", "director", "professor", "chairman", "envoy", "negotiator", "official", "lawmaker",
  "chief financial officer", "chief operating officer", "chief executive officer", "chief technology officer",
  "defending champion", "world champion", "Olympic champion", "champion", "runner", "athlete", "player", "cyclist",
  "swimmer", "skier", "driver", "rider", "boxer", "golfer", "sprinter", "physicist", "chemist", "biologist",
  "glaciologist", "astrophysicist", "astronomer", "geologist", "engineer", "surgeon", "lawyer", "journalist",
  "reporter", "editor", "writer", "novelist", "artist", "singer", "musician", "actor", "actress", "filmmaker",
  "producer", "entrepreneur", "investor", "banker", "diplomat", "ambassador", "coordinator", "head", "chief",
  "officer", "executive", "senator", "governor", "mayor", "pilot", "commander", "composer", "historian",
  "climatologist", "epidemiologist", "virologist", "mathematician", "architect", "designer", "curator",
];
const LOWERCASE_ROLE_WORDS = new Set(TITLES.filter((t) => /^\p{Ll}/u.test(t)).map((t) => t.split(" ")[0] ?? ""));

/** "Chief" in "Chief executive Anna Lindqvist" is a lowercase role word capitalised by the sentence start. */
export function isLowercaseRoleWord(word: string): boolean {
  return LOWERCASE_ROLE_WORDS.has(word.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(word);
}

// Lowercase roles also open a sentence ("Chief financial officer Pekka Salonen").
for (const t of TITLES.slice()) if (/^\p{Ll}/u.test(t)) TITLES.push(t.charAt(0).toUpperCase() + t.slice(1));
const ROLE_ONLY = new Set(["Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Dr", "Mr", "Mrs", "Ms", "Prof", "Sir", "Dame", "Lord", "Lady"]);
const TITLE_ALT = TITLES.slice()
  .sort((a, b) => b.length - a.length)
  .map((t) => t.replace(/[.]/g, "\\.").replace(/ /g, "\\s+"))
  .join("|");
// "Rubio", "DeSantis", "O'Brien", "Jean-Luc", or an initial.
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’-]*\\p{Ll}|\\p{Lu}\\.)";
const PARTICLE = "(?:de|da|van|von|der|del|bin|al|la|le)";
const TITLED_RE = new RegExp(
  `((?:(?:\\p{Lu}[\\p{L}.'’&-]*|former|then-)\\s+){0,3}?)(?<![\\p{L}])(${TITLE_ALT})\\s+(${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){0,3})` +
    `(?:\\s+and\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}))?`,
  "gu",
);
const NOT_NAME = new Set(
  (
    "The A An In On At And Or But Of For With From By To As Is Was Will Has Had Have This That These Those It " +
    "He She They We I His Her Their Its Said Says Told Monday Tuesday Wednesday Thursday Friday Saturday Sunday " +
    "January February March April May June July August September October November December Today Yesterday " +
    "Hurricane Typhoon Cyclone Storm Tropical Operation Project Mount Lake River Saint " +
    // "The Old Lady Who Walked in the Sea": a wh-word after a title word is a film's title, not a name.
    "Who Whom Whose What Which Where When Why How"
  ).split(" "),
);
const TRAILING_OFFICE = /\s+(?:Secretary|Minister|President|Director|Governor|Senator|Ambassador|Chairman|Commissioner|Undersecretary|Administrator)$/;
const PREFIX_STOP = new Set(
  "The A An In On At After Before When While As But And For By With From During Despite Since Although Though If Then Because Unless Until Whereas Once"
    .split(" "),
);
// Last words that make a capitalised run a thing, event or body rather than a person (group 1: a body).
const THING_HEAD =
  /^(?:(States|Navy|Army|Forces|Government|Republic|Kingdom|Empire|Confederacy|Union|Centre|Center|Studies|Council|Institute|Agency|Service|Office|Division|Laboratory|Administration)|Helicopter|Rover|Crater|Satellite|Spacecraft|Probe|Telescope|Incident|Affair|Treaty|Pact|Act|Plan|Doctrine|Conference|Agreement|Accord|War|Revolution|Expedition|Mission|Program|Programme|Purchase|Claims|Crisis|Campaign|Experiment|Generator|Instrument|Initiative|Report|Prize|Award|Cup|Games|Championships?|Marathon|Summit|Man|Allies|Journal|Democrats|Republicans|Liberals|Socialists|Cardinals)s?$/;
// Class nouns before a vehicle's name ("Space Shuttle Columbia", "USS Maine"): a named thing, not a person.
/** "West Berliners", "Parisians": people named after a place are a group, not a person. */
export function isResidentsName(words: readonly string[]): boolean {
  const m = /^(\p{Lu}\p{Ll}+?)(?:ers|ians|ites)$/u.exec(words[words.length - 1] ?? "");
  return !!m && words.length > 1 && !!lookupPlace(m[1] as string);
}
const THING_LEAD = /^(?:Space Shuttle|Shuttle|Spaceship|Starship|USS|HMS|RMS|SS)\s/;
const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.split(" ")).filter((w) => /^\p{Lu}/u.test(w)));

interface Candidate {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  priority: number;
  titledStart?: number;
  role?: string;
  subtype?: string;
  value?: string;
  canonical?: string;
  within?: string;
}

export interface AnnotateResult {
  entities: Entity[];
  /** Containment the text itself states ("Anchorage, Alaska"): inner and outer entity ids. */
  stated: { inner: string; outer: string }[];
  /** Entity id for each mention, in sentence order, for the fact builder. */
  mentionsBySentence: { entity: Entity; mention: Mention }[][];
}

/**
 * Finds entities in tagged sentences: quantities by pattern, titled people by pattern, places by gazetteer,
 * the rest from compromise tags. Titles become roles, surnames merge into full names, places get a
 * subtype and containment.
 */
export function annotate(sentences: Sentence[], tokens: Token[][], published?: Date): AnnotateResult {
  const perSentence: Candidate[][] = sentences.map((s, i) => sentenceCandidates(s, tokens[i] ?? [], published));
  // "appointed William Jennings Bryan Secretary of State": the office after a full name is not part of it.
  for (const list of perSentence) {
    for (const c of list) {
      if (c.type !== "PERSON") continue;
      const tail = TRAILING_OFFICE.exec(c.text);
      if (tail && c.text.slice(0, tail.index).split(" ").length >= 2) {
        c.text = c.text.slice(0, tail.index);
        c.end = c.start + c.text.length;
      }
    }
  }
  const registry = new Registry();
  const stated: { inner: string; outer: string }[] = [];
  // Full names first, so that a bare surname (or an acronym: WHO) anywhere resolves to them.
  for (const list of perSentence) {
    for (const c of list) {
      // "Dr Otieno" is a surname with its honorific, not a second full name that would make "Otieno" ambiguous.
      if (c.type === "PERSON" && /\s/.test(c.text) && !/^(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+\S+$/.test(c.text)) registry.person(c.text);
      if (c.type === "ORG" && /\s/.test(c.text)) registry.orgInitials(c.text);
      if (c.type === "PHRASE" && c.subtype === "named") registry.namedThing(c);
    }
  }
  // "GBM" after "the Green Belt Movement —": an acronym whose expansion the article spells out is one organisation.
  const tried = new Set<string>();
  for (const list of perSentence) {
    for (const c of list) {
      if (c.type !== "ORG" || tried.has(c.text) || !/^[A-Z]{2,6}$/.test(c.text) || registry.hasInitials(c.text)) continue;
      tried.add(c.text);
      const expansion = spelledOut(c.text, sentences);
      if (expansion) registry.orgInitials(expansion, c.text);
    }
  }
  const mentionsBySentence: { entity: Entity; mention: Mention }[][] = sentences.map(() => []);
  sentences.forEach((s, i) => {
    const list = perSentence[i] ?? [];
    addSurnameMentions(s, list, registry);
    list.sort((a, b) => a.start - b.start);
    for (const c of list) {
      const entity = registry.entityFor(c);
      const mention: Mention = { text: c.text, start: c.start, end: c.end, sentence: s.index };
      if (c.titledStart !== undefined && c.titledStart < c.start) mention.titledStart = c.titledStart;
      if (c.role) {
        mention.role = c.role;
        entity.role ??= c.role;
      }
      if (/^['’]s\b/.test(tailText(s, c.end, 3))) mention.possessive = true;
      if ((c.type === "PLACE" || c.type === "ORG") && isModifier(s, c, tokens[i] ?? [])) mention.modifier = true;
      entity.mentions.push(mention);
      mentionsBySentence[i]?.push({ entity, mention });
    }
    linkContainment(s, list, registry, stated);
  });
  const entities = registry.all();
  // "Florida and Georgia": beside another US state, an ambiguous name is the state, not the country.
  if (entities.some((e) => e.type === "PLACE" && e.subtype === "state")) {
    for (const e of entities) {
      if (e.type === "PLACE" && e.subtype === "country" && isUsState(e.name)) {
        e.subtype = "state";
        e.within = ["United States"];
      }
    }
  }
  for (const e of entities) {
    if (e.type === "PERSON" && afterThe(e, sentences)) {
      e.type = "PHRASE";
      e.subtype = "named";
    }
  }
  for (const e of entities) {
    if (e.type !== "PERSON") continue;
    setGender(e, tokens, sentences, mentionsBySentence);
    setNationality(e, sentences);
  }
  return { entities, stated, mentionsBySentence };
}

/**
 * "the Great Depression", "the Bretton Woods system", "Boston Red Sox": nobody's name follows "the" or
 * another capitalised word that is not a title, so a name met so more than half the time is a thing ("the Lincoln administration" once is a modifier).
 */
export function afterThe(e: Pick<Entity, "mentions">, sentences: readonly Sentence[]): boolean {
  const after = e.mentions.filter((m) => {
    const s = sentences[m.sentence];
    if (!s || m.titledStart !== undefined) return false;
    // "Boston Red Sox": a capitalised word that is not a title before the name makes it part of a longer one.
    const before = /(?:\bthe|\b(\p{Lu}\p{Ll}+))\s$/u.exec(s.text.slice(Math.max(0, m.start - s.start - 20), m.start - s.start));
    // "Associate Administrator Kathy Lueders", "… and Operations Kathy Lueders": a role the title list lacks still introduces a person.
    return !!before && !/(?:or|er|ist|ent|ant|ary|ive|ian|ess|ee|ain|ef|s)$/.test(before[1] ?? "");
  });
  return after.length * 2 > e.mentions.length;
}

function tailText(s: Sentence, absEnd: number, length: number): string {
  return s.text.slice(absEnd - s.start, absEnd - s.start + length);
}

function sentenceCandidates(s: Sentence, tokens: Token[], published?: Date): Candidate[] {
  const out: Candidate[] = [];
  const text = s.text;
  const base = s.start;
  // Over-long "sentences" (lists, tables, one giant line) give no usable questions and would cost O(n²).
  if (text.length > MAX_NLP_SENTENCE) return out;
  const add = (found: Candidate) => {
    const c = found.type === "PERSON" ? withHyphenatedTail(found, text, base) : found;
    if (c.end <= c.start) return;
    const clash = out.find((o) => c.start < o.end && c.end > (o.titledStart ?? o.start));
    if (clash) return;
    out.push(c);
  };
  for (const q of detectQuantities(text, published)) {
    add({ type: q.type, start: base + q.start, end: base + q.end, text: q.text, priority: 1, subtype: q.subtype, value: q.value });
  }
  const letters = text.replace(/[^\p{L}]/gu, "");
  const shouting = letters.length > 8 && letters.replace(/[^\p{Lu}]/gu, "").length > letters.length * 0.6;
  if (shouting || tokens.length === 0) return out;

  TITLED_RE.lastIndex = 0;
  for (let m = TITLED_RE.exec(text); m !== null; m = TITLED_RE.exec(text)) {
    const prefixWords = (m[1] ?? "").split(/\s+/).filter(Boolean);
    while (prefixWords.length > 0 && PREFIX_STOP.has(prefixWords[0] as string)) prefixWords.shift();
    const title = (m[2] ?? "").replace(/\s+/g, " ");
    const names = [m[3] ?? "", m[4] ?? ""].filter(Boolean);
    const nameStart = m.index + m[0].indexOf(m[3] ?? "", (m[1] ?? "").length + (m[2] ?? "").length);
    let titledStart = m.index + (m[1] ?? "").length - prefixWords.join(" ").length - ((m[1] ?? "").length > 0 && prefixWords.length > 0 ? 1 : 0);
    // "The British chemist Joseph Priestley": the article belongs to the role.
    if (/(?:^|\s)[Tt]he $/.test(text.slice(Math.max(0, titledStart - 4), titledStart))) titledStart -= 4;
    const plural = /s$/.test(title) && title !== "Sir" && names.length === 2;
    // Only a plural title takes two names ("Presidents Trump and Putin"); otherwise rescan after the first.
    if (!plural && m[4]) TITLED_RE.lastIndex = nameStart + (m[3] ?? "").length;
    const role = plural || ROLE_ONLY.has(title) ? undefined : [...prefixWords, title].join(" ");
    let cursor = nameStart;
    if (ORG_HEAD.test(names[0]?.split(" ").pop() ?? "")) continue;
    names.forEach((raw, k) => {
      const name = cleanName(raw);
      if (!name) return;
      const at = text.indexOf(name, cursor);
      if (at < 0) return;
      cursor = at + name.length;
      if (!plural && k === 1) return;
      add({
        type: "PERSON",
        start: base + at,
        end: base + at + name.length,
        text: name,
        priority: 2,
        titledStart: k === 0 ? base + Math.max(0, titledStart) : undefined,
        role: k === 0 ? role : undefined,
      });
    });
  }

  for (const chunk0 of properChunks(tokens, text, base)) {
    // "Britain's General Medical Council": the owner's name is not part of the organisation's.
    const owner = /^\p{Lu}[\p{L}.]*['’]s\s+(?=\p{Lu})/u.exec(chunk0.text);
    const whole = owner ? { start: chunk0.start + owner[0].length, end: chunk0.end, text: chunk0.text.slice(owner[0].length) } : chunk0;
    // "Idaho and Utah State University": a place the gazetteer knows, then "and", is no part of the organisation's name.
    const placeFirst = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?) (?:and|&) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)+$/u.exec(whole.text);
    const parts = ORG_HEAD.test(whole.text.split(" ").pop() ?? "") && !(placeFirst && (isUsState(placeFirst[1]!) || lookupPlace(placeFirst[1]!))) ? [whole] : splitOnAnd(whole);
    for (const chunk of parts) {
      const words = chunk.text.split(" ");
      const headLast = ORG_HEAD.test(words[words.length - 1] ?? "");
      const headOf = ORG_HEAD_OF.test(chunk.text);
      if ((headLast || headOf) && (headLast || !/\s(?:and|&)\s/.test(chunk.text)) && words.length > 1) {
        add({ type: "ORG", start: chunk.start, end: chunk.end, text: chunk.text, priority: 3 });
      } else if (FACILITY_HEAD.test(words[words.length - 1] ?? "") && words.length > 1) {
        add({ type: "PLACE", start: chunk.start, end: chunk.end, text: chunk.text, priority: 3, subtype: "facility" });
      }
    }
  }

  // Gazetteer places over capitalised token windows, longest first.
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (!/^\p{Lu}/u.test(first.text)) continue;
    for (let len = Math.min(5, tokens.length - i); len >= 1; len--) {
      const last = tokens[i + len - 1] as Token;
      const span = text.slice(first.start - base, last.end - base);
      const place = lookupPlace(span);
      if (!place) continue;
      add({ type: "PLACE", start: first.start, end: last.end, text: span, priority: 3, subtype: place.subtype, canonical: place.name, within: place.country });
      i += len - 1;
      break;
    }
  }

  for (const [type, tag] of [["PERSON", "Person"], ["PLACE", "Place"], ["ORG", "Organization"]] as const) {
    for (const run of tagRuns(tokens, tag, text, base)) {
      let { start, text: runText } = run;
      runText = runText.replace(/['’]s$/, "");
      // "The WHO" (a band in the lexicon): the article is not part of the name.
      const lead = /^(?:The|A|An)\s+/.exec(runText);
      if (lead && type !== "PERSON") {
        start += lead[0].length;
        runText = runText.slice(lead[0].length);
      }
      let runType: EntityType = type;
      let subtype = type === "PLACE" ? placeSubtype(run.tags) : undefined;
      if (type === "PERSON") {
        const words = runText.split(" ");
        while (words.length > 0 && (TITLE_WORDS.has(words[0] as string) || NOT_NAME.has(words[0] as string) || PREFIX_STOP.has(words[0] as string))) words.shift();
        if (words.length === 0) continue;
        // "Ingenuity Mars Helicopter", "Mukden Incident", "Confederate States": a named thing, not a person.
        const thing = THING_HEAD.exec(words[words.length - 1] as string) ?? (THING_LEAD.test(words.join(" ")) || isResidentsName(words) ? [""] : null);
        if (thing && words.length > 1) {
          const named = words.join(" ");
          const at = run.start + runText.lastIndexOf(named);
          add({ type: thing[1] ? "ORG" : "PHRASE", start: at, end: at + named.length, text: named, priority: 4, ...(thing[1] ? {} : { subtype: "named" }) });
          continue;
        }
        const stripped = words.join(" ");
        start = run.start + runText.lastIndexOf(stripped);
        runText = stripped;
        if (lookupPlace(runText)) continue;
        const rel = start - base;
        const after = text.slice(rel + runText.length, rel + runText.length + 40);
        const before = text.slice(Math.max(0, rel - 8), rel);
        // "Webb Space Telescope", "Trump Tower": a name inside a longer proper name is not a person.
        if (/^ \p{Lu}/u.test(after) || /^-\p{L}/u.test(after)) continue;
        // "the Webb telescope", "the Trump administration": a name used as a modifier.
        const nextToken = tokens.find((t) => t.start === start + runText.length + 1);
        if (nextToken && /^\p{Ll}/u.test(nextToken.text) && nextToken.tags.has("Noun") && !nextToken.tags.has("Verb")) continue;
        if (/\b(?:in|at|near|from|to)\s$/.test(before)) {
          const next = /^,\s+(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)/u.exec(after)?.[1];
          if (!next || !lookupPlace(next)) continue;
          runType = "PLACE";
          subtype = "city";
        } else if (words.length === 1) {
          const single = run.tokens[run.tokens.length - 1];
          if (!single?.tags.has("LastName") && !/\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s$/.test(before)) continue;
        }
      }
      if (type !== "PERSON" && NOT_NAME.has(runText)) continue;
      add({ type: runType, start, end: start + runText.length, text: runText, priority: 4, subtype });
    }
  }
  for (const raw of unknownNames(tokens, text, base)) {
    // "While Ingenuity carries …": the subordinator is not part of the name.
    const lead = /^(\p{Lu}\p{Ll}+)\s+/u.exec(raw.text);
    const name = lead && PREFIX_STOP.has(lead[1] as string) ? { start: raw.start + lead[0].length, end: raw.end, text: raw.text.slice(lead[0].length) } : raw;
    const words = name.text.split(" ");
    const thing = THING_HEAD.exec(words[words.length - 1] ?? "") ?? (THING_LEAD.test(name.text) || isResidentsName(words) ? [""] : null);
    if (thing && words.length > 1) add({ ...name, type: thing[1] ? "ORG" : "PHRASE", priority: 4, ...(thing[1] ? {} : { subtype: "named" }) });
    else if (words.length > 1 || lead) add({ ...name, type: "PERSON", priority: 4 });
  }
  for (const term of keyTerms(text)) add({ type: "PHRASE", start: base + term.start, end: base + term.end, text: term.text, priority: 6, subtype: "term" });
  for (const t of tokens) {
    // Time zones ("EDT", "PST") are not organisations.
    if (/^[A-Z]{2,6}$/.test(t.text) && !/^[IVXLC]+$/.test(t.text) && !/^(?:[ECMPA][SD]T|[ECMPA]T|GMT|UTC|BST|CES?T|IST|JST)$/.test(t.text) && !lookupPlace(t.text)) {
      add({ type: "ORG", start: t.start, end: t.end, text: t.text, priority: 5 });
    }
  }
  return out;
}

function cleanName(raw: string): string {
  const words = raw.replace(/['’]s$/, "").split(/\s+/);
  while (words.length > 0 && NOT_NAME.has(words[words.length - 1] as string)) words.pop();
  if (words.length === 0 || NOT_NAME.has(words[0] as string)) return "";
  return words.join(" ");
}

function placeSubtype(tags: ReadonlySet<string>): string {
  if (tags.has("Country")) return "country";
  if (tags.has("City")) return "city";
  return "region";
}

const CONNECTOR = /^(?:of|de|da|del|do|du|la|le|von|van|der|and|&|for|on|upon)$/;
const ORG_HEAD =
  /\b(?:University|Institute|Agency|Authority|Commission|Bank|Company|Corporation|Corp\.?|Inc\.?|Ltd\.?|Management|Capital|Partners|Holdings|Ventures|Securities|Research|Technologies|Systems|Labs|Media|Pharmaceuticals|Motors|Energy|Airways|Insurance|Investments|Associates|Consulting|Council|Committee|Association|Federation|Club|League|Party|Ministry|Department|Court|Centre|Center|Museum|School|College|Foundation|Group|Organization|Organisation|Union|Service|Board|Office|Administration|Airlines|Laboratory|Observatory|Society|Academy|Parliament|Congress|Senate|Assembly|Network|Hospital|Trust|Fund|Alliance|Reserve)\b/;

const RUN_CONNECTOR: Record<string, RegExp> = {
  Person: /^(?:de|da|del|do|du|la|le|von|van|der|bin|al)$/,
  Place: /^(?:de|da|del|do|du|la|le|of)$/,
  Organization: /^(?:of|for|de|du|des|la|le)$/,
};

function tagRuns(tokens: Token[], tag: string, text: string, base: number) {
  const connector = RUN_CONNECTOR[tag] ?? CONNECTOR;
  const runs: { start: number; text: string; tags: Set<string>; tokens: Token[] }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!t.tags.has(tag) || !/^[\p{Lu}\d]/u.test(t.text) || t.tags.has("Pronoun")) {
      i++;
      continue;
    }
    let j = i;
    const tags = new Set<string>(t.tags);
    while (j + 1 < tokens.length) {
      const cur = tokens[j] as Token;
      let next = tokens[j + 1] as Token;
      let step = 1;
      // Lowercase connectors join a run only between two tagged capitalised words ("Rio de Janeiro").
      if (connector.test(next.text) && tokens[j + 2] && text.slice(next.end - base, (tokens[j + 2] as Token).start - base) === " ") {
        next = tokens[j + 2] as Token;
        step = 2;
      }
      const gap = text.slice(cur.end - base, (tokens[j + 1] as Token).start - base);
      if (gap !== " " || !next.tags.has(tag) || !/^[\p{Lu}\d]/u.test(next.text)) break;
      next.tags.forEach((x) => tags.add(x));
      j += step;
    }
    // An organisation name runs on over untyped capitalised words ("Activision Blizzard").
    while (
      tag === "Organization" &&
      j + 1 < tokens.length &&
      (tokens[j + 1] as Token).start === (tokens[j] as Token).end + 1 &&
      /^\p{Lu}/u.test((tokens[j + 1] as Token).text) &&
      (tokens[j + 1] as Token).tags.has("ProperNoun") &&
      !["Place", "Person", "Date", "Organization"].some((x) => (tokens[j + 1] as Token).tags.has(x))
    ) {
      j++;
    }
    const last = tokens[j] as Token;
    runs.push({ start: t.start, text: text.slice(t.start - base, last.end - base), tags, tokens: tokens.slice(i, j + 1) });
    i = j + 1;
  }
  return runs;
}

const FACILITY_HEAD =
  /^(?:Airport|Station|Stadium|Arena|Park|Square|Bridge|Street|Avenue|Road|Gate|Palace|Cathedral|Hall|Tower|Port|Harbour|Harbor|Column|Platz|Plateau|Mountains?|River|Lake|Island|Glacier|Valley|Desert|Sea|Ocean|Bay|Canal|Telescope)$/;
const ORG_HEAD_OF = new RegExp(`${ORG_HEAD.source}\\s+of\\b`);

function splitOnAnd(chunk: { start: number; end: number; text: string }) {
  const out: { start: number; end: number; text: string }[] = [];
  let offset = 0;
  for (const part of chunk.text.split(/ (?:and|&) /)) {
    const at = chunk.text.indexOf(part, offset);
    out.push({ start: chunk.start + at, end: chunk.start + at + part.length, text: part });
    offset = at + part.length;
  }
  return out;
}

const TERM_AFTER = /\b(?:called|known as|termed|named)\s+(?:an?\s+|the\s+)?([\p{L}][\p{Ll}-]+(?:\s[\p{Ll}-]+)?)(?=\s*[,.;:]|\s(?:which|that|and|or|in|of|to|for)\b)/gu;
const TERM_DEFINED = /^(\p{Lu}[\p{Ll}-]+(?:\s[\p{Ll}-]+)?)\s(?:is|are)\s(?:the|a|an)\s\p{Ll}/u;

/** Key terms a text introduces: "a pigment called chlorophyll", "Photosynthesis is the process …". */
function keyTerms(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const defined = TERM_DEFINED.exec(text);
  if (defined?.[1] && !NOT_NAME.has(defined[1])) out.push({ start: 0, end: defined[1].length, text: defined[1] });
  TERM_AFTER.lastIndex = 0;
  for (let m = TERM_AFTER.exec(text); m !== null; m = TERM_AFTER.exec(text)) {
    const term = m[1] ?? "";
    const start = m.index + m[0].lastIndexOf(term);
    out.push({ start, end: start + term.length, text: term });
  }
  return out;
}

/** "Kim Shin-Wook", "Leung Kwok-hung": a name the tokenizer cut at a hyphen keeps its whole last part. */
export function withHyphenatedTail<T extends { start: number; end: number; text: string }>(c: T, text: string, base: number): T {
  const tail = /^(?:-\p{L}+)+/u.exec(text.slice(c.end - base))?.[0];
  return tail ? { ...c, end: c.end + tail.length, text: c.text + tail } : c;
}

/** Maximal capitalised sequences, joined by "of", "de", "and"…, not crossing punctuation. */
function properChunks(tokens: Token[], text: string, base: number): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!/^\p{Lu}/u.test((tokens[i] as Token).text)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const gap = text.slice((tokens[j] as Token).end - base, (tokens[j + 1] as Token).start - base);
      if (gap !== " ") break;
      const next = tokens[j + 1] as Token;
      if (/^\p{Lu}/u.test(next.text)) j++;
      else if (CONNECTOR.test(next.text) && tokens[j + 2] && /^\p{Lu}/u.test((tokens[j + 2] as Token).text) && text.slice(next.end - base, (tokens[j + 2] as Token).start - base) === " ") j += 2;
      else break;
    }
    let first = i;
    while (first < j && NOT_NAME.has((tokens[first] as Token).text)) first++;
    const start = (tokens[first] as Token).start;
    const end = (tokens[j] as Token).end;
    if (j - first < 8) out.push({ start, end, text: text.slice(start - base, end - base).replace(/['’]s$/, "") });
    i = j + 1;
  }
  return out.map((c) => ({ ...c, end: c.start + c.text.length }));
}

/**
 * Two or three capitalised words no tagger knows ("Eliud Kipchoge", "Tadese Takele") are taken for a
 * name when the context says person: "X of <place>", "<place>'s X", or X followed by a verb.
 */
function unknownNames(tokens: Token[], text: string, base: number): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const plain = (t: Token | undefined) =>
    !!t &&
    /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text) &&
    !NOT_NAME.has(t.text) &&
    !TITLE_WORDS.has(t.text) &&
    !["Place", "Organization", "Demonym", "Date", "Value", "Verb", "Adjective", "Pronoun", "Acronym"].some((x) => t.tags.has(x)) &&
    !lookupPlace(t.text);
  for (let i = 0; i + 1 < tokens.length; i++) {
    let j = i;
    while (j + 1 < tokens.length && j - i < 2 && plain(tokens[j + 1]) && text.slice((tokens[j] as Token).end - base, (tokens[j + 1] as Token).start - base) === " ") j++;
    if (j === i || !plain(tokens[i])) continue;
    const first = tokens[i] as Token;
    const last = tokens[j] as Token;
    const prev = tokens[i - 1];
    const next = tokens[j + 1];
    const after = text.slice(last.end - base, last.end - base + 30);
    const beforePrev = tokens[i - 2];
    const byPlace = !!prev && prev.tags.has("Possessive") && (prev.tags.has("Place") || (!!beforePrev && beforePrev.tags.has("Place")));
    const ofPlace = /^ of (?:the )?\p{Lu}/u.test(after);
    const verb = !!next && next.start === last.end + 1 && (next.tags.has("Verb") || next.tags.has("Modal")) && !next.tags.has("Gerund");
    // "an analyst of Deepwater Asset Management said": after a preposition it is an organisation.
    if (prev && /^(?:of|at|from|for|with|by)$/i.test(prev.text) && !ofPlace) {
      i = j;
      continue;
    }
    if ((byPlace || ofPlace || verb) && !(prev && /^\p{Lu}/u.test(prev.text) && !prev.tags.has("Possessive"))) {
      out.push({ start: first.start, end: last.end, text: text.slice(first.start - base, last.end - base) });
    }
    i = j;
  }
  return out;
}

const SURNAME_TOKEN = /\p{Lu}[\p{Ll}'’-]+/gu;
const NAME_PARTICLES = /(?:^|(?<=\s|["“”(]))((?:de|van|von|der|den|da|di|del|della|du|le|la|bin|al|ibn|ter|ten)(?: (?:de|der|den|la|le))?) $/i;

function addSurnameMentions(s: Sentence, list: Candidate[], registry: Registry): void {
  if (s.text.length > MAX_NLP_SENTENCE) return;
  SURNAME_TOKEN.lastIndex = 0;
  for (let m = SURNAME_TOKEN.exec(s.text); m !== null; m = SURNAME_TOKEN.exec(s.text)) {
    const word = m[0].replace(/['’]s$/, "");
    const person = registry.personBySurname(word);
    if (!person) continue;
    let start = s.start + m.index;
    const end = start + word.length;
    // "de Graaf" for Marieke de Graaf: the lowercase particle belongs to the surname, or the blank leaves "de _____".
    const particle = NAME_PARTICLES.exec(s.text.slice(0, m.index));
    if (particle && person.name.toLowerCase().endsWith(`${particle[1]!.toLowerCase()} ${word.toLowerCase()}`)) start -= particle[0].length;
    const covered = list.some((c) => start < c.end && end > (c.titledStart ?? c.start));
    if (covered) continue;
    const text = s.text.slice(start - s.start, end - s.start);
    list.push({ type: "PERSON", start, end, text, priority: 6, ...(text !== word ? { canonical: word } : {}) });
  }
}

function isModifier(s: Sentence, c: Candidate, tokens: Token[]): boolean {
  const after = s.text.slice(c.end - s.start, c.end - s.start + 2);
  if (after.startsWith("-")) return true;
  if (s.text.slice(Math.max(0, c.start - s.start - 1), c.start - s.start) === "-") return true;
  if (/^['’]/.test(after)) return false;
  const previous = s.text.slice(Math.max(0, c.start - s.start - 6), c.start - s.start);
  if (/\b(?:in|at|from|of|by|with|near|for|to|and)\s$/i.test(previous)) return false;
  const next = tokens.find((t) => t.start >= c.end);
  if (!next || next.start !== c.end + 1 || !/^\p{Ll}/u.test(next.text)) return false;
  if (["Verb", "Preposition", "Conjunction", "Determiner", "Adverb", "Pronoun", "Modal", "Auxiliary", "Copula", "QuestionWord"].some((tag) => next.tags.has(tag))) {
    return false;
  }
  return next.tags.has("Noun") || next.tags.has("Adjective");
}

function linkContainment(s: Sentence, list: Candidate[], registry: Registry, stated: { inner: string; outer: string }[]): void {
  // "Anchorage, Alaska": the first place lies within the second.
  const places = list.filter((c) => c.type === "PLACE").sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < places.length; k++) {
    const a = places[k] as Candidate;
    const b = places[k + 1] as Candidate;
    if (s.text.slice(a.end - s.start, b.start - s.start) !== ", ") continue;
    // A list ("Boston, London, Chicago") is not containment.
    if (/^(?:,\s*\p{Lu}|\s+(?:and|or)\s+\p{Lu})/u.test(s.text.slice(b.end - s.start, b.end - s.start + 8))) continue;
    const inner = registry.entityFor(a);
    const outer = registry.entityFor(b);
    if (inner.subtype === "country" || outer.subtype === "city") continue;
    if (inner === outer || (outer.within ?? []).includes(inner.name)) continue;
    inner.within = unique([...(inner.within ?? []), outer.name, ...(outer.within ?? [])]);
    if (!stated.some((x) => x.inner === inner.id)) stated.push({ inner: inner.id, outer: outer.id });
    if (inner.subtype === "region" && outer.subtype !== "city") inner.subtype = "city";
  }
}

const SEATS_OF_GOVERNMENT: Record<string, string> = {
  Kremlin: "Russia",
  Pentagon: "United States",
  Élysée: "France",
  Elysee: "France",
  Bundestag: "Germany",
  Knesset: "Israel",
  Duma: "Russia",
};

/** Nationality from a demonym in the role or a following "of <Country>". */
function setNationality(person: Entity, sentences: Sentence[]): void {
  const first = /^(\p{Lu}[\p{L}.]*)\s/u.exec(person.role ?? "")?.[1];
  const place = first ? lookupPlace(first) : undefined;
  const fromRole = first
    ? (countryOfDemonym(first) ?? SEATS_OF_GOVERNMENT[first] ?? (place?.subtype === "country" ? place.name : undefined))
    : undefined;
  if (fromRole) {
    person.nationality = fromRole;
    return;
  }
  for (const m of person.mentions) {
    const s = sentences[m.sentence];
    if (!s) continue;
    const of = /^ of (\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)/u.exec(s.text.slice(m.end - s.start, m.end - s.start + 40))?.[1];
    const before = /(\p{Lu}[\p{L}]+)['’]s $/u.exec(s.text.slice(Math.max(0, (m.titledStart ?? m.start) - s.start - 30), (m.titledStart ?? m.start) - s.start))?.[1];
    for (const name of [of, before]) {
      const place = name ? lookupPlace(name) : undefined;
      if (place?.subtype === "country") {
        person.nationality = place.name;
        return;
      }
    }
  }
}

/** Gender from the first name in compromise's lexicon, used to keep distractors and swaps plausible. */
function setGender(
  person: Entity,
  tokens: Token[][],
  sentences: Sentence[],
  mentionsBySentence: { entity: Entity; mention: Mention }[][],
): void {
  const first = person.name.split(" ")[0] ?? "";
  for (const m of person.mentions) {
    const t = tokens[m.sentence]?.find((x) => x.start === m.start);
    if (t && t.text === first && t.tags.has("FirstName")) {
      const gender = t.tags.has("FemaleName") ? "female" : t.tags.has("MaleName") ? "male" : undefined;
      if (gender) {
        person.gender = gender;
        return;
      }
    }
  }
  // Otherwise pronouns and "women's"/"men's" in sentences where this is the only person named.
  let female = 0;
  let male = 0;
  for (const m of person.mentions.slice(0, 20)) {
    const text = sentences[m.sentence]?.text ?? "";
    // "In the women's race, A won ahead of B" speaks for everyone named; pronouns only for a lone name.
    if (/\bwomen['’]?s\b/i.test(text) && !/\bmen['’]?s\b/i.test(text.replace(/women/gi, ""))) female++;
    if (/\bmen['’]?s\b/i.test(text.replace(/women/gi, "")) && !/\bwomen/i.test(text)) male++;
    const others = (mentionsBySentence[m.sentence] ?? []).some((x) => x.entity.type === "PERSON" && x.entity !== person);
    if (others) continue;
    if (/\b(?:she|her|hers|woman)\b/i.test(text)) female++;
    if (/\b(?:he|his|him)\b/i.test(text)) male++;
  }
  if (female > 0 && male === 0) person.gender = "female";
  else if (male > 0 && female === 0) person.gender = "male";
}

const initialRuns = new WeakMap<readonly Sentence[], string[]>();

/** "the Green Belt Movement — a charity" → "GBM|": initials of runs of capitalised words, connectors skipped. */
function capitalInitials(text: string): string {
  let out = "";
  for (const raw of text.split(/\s+/)) {
    const w = raw.replace(/^["“‘'(\[]+/, "");
    if (/^\p{Lu}/u.test(w)) out += w[0];
    else if (!/^(?:of|and|for|the|on|in|de|with|&)$/.test(w)) out += "|";
  }
  return out;
}

const ACRONYM_GAP = "(?:\\s+(?:of|and|for|the|on|in|de|with|&)){0,2}\\s+";
const DEFINED_RUN = /((?:\p{Lu}[\p{L}'’-]*(?:\s+(?:of|and|for|the|on|in|de|with|&))*\s+)+)\(([A-Z]{2,6})\)/gu;

/** Is `small` what is left of `big` after deleting letters (CEVIS in CEVISS)? */
function subsequence(small: string, big: string): boolean {
  let i = 0;
  for (const ch of big) if (ch === small[i]) i++;
  return i === small.length;
}

/**
 * "the Cycle Ergometer with Vibration Isolation and Stabilization System (CEVIS)": the capitalised words just
 * before an acronym in brackets define it, when they start with its first letter and hold its letters in order.
 */
function definedBefore(acronym: string, text: string): string | undefined {
  for (const m of text.matchAll(DEFINED_RUN)) {
    if (m[2] !== acronym) continue;
    const words = m[1]!.trim().split(/\s+/);
    // "NASA's Jet Propulsion Laboratory (JPL)": the definition starts at the acronym's first letter.
    while (words.length > 0 && !(words[0]!.startsWith(acronym[0]!) && !/['’]s$/.test(words[0]!))) words.shift();
    const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
    if (words.length >= 2 && initials.length <= acronym.length + 2 && subsequence(acronym, initials)) return words.join(" ");
  }
  return undefined;
}

/** The capitalised words an acronym abbreviates, as the article writes them ("Green Belt Movement" for GBM). */
export function spelledOut(acronym: string, sentences: readonly Sentence[]): string | undefined {
  // "American Foundation for Children with AIDS" for AFCA: a word in capitals gives its first letter too.
  const letters = [...acronym].map((l) => `${l}(?:[\\p{Ll}'’-]+|[A-Z]+)`);
  const re = new RegExp(`\\b${letters.join(ACRONYM_GAP)}\\b`, "u");
  // A definition in brackets gives the whole name, even where the letters skip a word.
  for (const s of sentences) {
    if (!s.text.includes(`(${acronym})`)) continue;
    const defined = definedBefore(acronym, s.text);
    if (defined) return defined;
  }
  let runs = initialRuns.get(sentences);
  if (!runs) initialRuns.set(sentences, (runs = sentences.map((s) => capitalInitials(s.text))));
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    // Cheap test first: the sentence must hold a run of capitalised words with these initials.
    if (!runs[i]!.includes(acronym)) continue;
    const m = re.exec(s.text);
    if (m) return m[0];
  }
  return undefined;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

export const CORPORATE_SUFFIX = /,?\s+(?:Corporation|Corp\.?|Incorporated|Inc\.?|Company|Co\.|Ltd\.?|Limited|plc|PLC|LLC|Group)$/;

class Registry {
  private readonly entities: Entity[] = [];
  private readonly byKey = new Map<string, Entity>();
  private readonly surnames = new Map<string, Entity | null>();

  all(): Entity[] {
    return this.entities.filter((e) => e.mentions.length > 0);
  }

  person(fullName: string): Entity {
    const key = `PERSON:${fullName}`;
    const found = this.byKey.get(key);
    if (found) return found;
    // "Frank Kellogg" is "Frank B. Kellogg" without the middle initial.
    const ends = (n: string) => { const w = n.split(" "); return `${w[0]} ${w[w.length - 1]}`; };
    const same = this.entities.find((e) => e.type === "PERSON" && /\s/.test(e.name) && ends(e.name) === ends(fullName) && (e.name.split(" ").length > 2 || fullName.split(" ").length > 2));
    if (same) {
      if (same.name.length < fullName.length) {
        same.aliases.push(same.name);
        same.name = fullName;
      } else if (!same.aliases.includes(fullName)) same.aliases.push(fullName);
      this.byKey.set(key, same);
      return same;
    }
    const entity = this.create("PERSON", fullName, key);
    const words = fullName.split(" ");
    for (const w of [words[words.length - 1], words.length > 1 ? words[0] : undefined]) {
      if (!w || w.length < 3) continue;
      const other = this.surnames.get(w);
      this.surnames.set(w, other === undefined || other === entity ? entity : null);
    }
    return entity;
  }

  private readonly initials = new Map<string, string>();

  /** `fullName` stands for its initials, or for `acronym` when the article defines one that skips a word. */
  orgInitials(fullName: string, acronym?: string): void {
    const letters = acronym ?? fullName
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join("");
    if (letters.length >= 2 && !this.initials.has(letters)) this.initials.set(letters, fullName);
  }

  hasInitials(letters: string): boolean {
    return this.initials.has(letters);
  }

  /** "Ingenuity" alone later in the text is the "Ingenuity Mars Helicopter" named earlier. */
  namedThing(c: Candidate): void {
    const entity = this.entityFor({ ...c });
    const words = c.text.split(/[\s-]+/);
    // "Space Shuttle Columbia" is "Columbia" for short; "Ingenuity Mars Helicopter" is "Ingenuity".
    const first = (THING_LEAD.test(c.text) ? words[words.length - 1] : words[0]) ?? "";
    // "the West" is not short for "West Berliners": a compass word names no one thing.
    if (first.length >= 4 && !/^(?:North|South|East|West)(?:ern)?$/.test(first) && !NOT_NAME.has(first) && !lookupPlace(first) && !this.surnames.has(first)) this.surnames.set(first, entity);
  }

  personBySurname(word: string): Entity | undefined {
    return this.surnames.get(word) ?? this.byKey.get(`PERSON:${word}`) ?? undefined;
  }

  entityFor(c: Candidate): Entity {
    if (c.type === "PERSON") {
      if (/\s/.test(c.text) && !c.canonical) return this.person(c.text);
      const full = this.surnames.get(c.canonical ?? c.text);
      const entity = full ?? this.person(c.text);
      if (entity.name !== c.text && !entity.aliases.includes(c.text)) entity.aliases.push(c.text);
      return entity;
    }
    const expanded = c.type === "ORG" && /^[A-Z]{2,6}$/.test(c.text) ? this.initials.get(c.text) : undefined;
    const name = expanded ?? c.canonical ?? c.text.replace(/^the\s+/i, "");
    const valueKey = c.type === "DATE" && c.value ? c.value : name.toLowerCase();
    const key = `${c.type}:${valueKey}`;
    // "Intel Corporation" and "Intel" are one company: both forms share a key without the corporate suffix.
    const shortKey = c.type === "ORG" ? `ORG-SHORT:${name.replace(CORPORATE_SUFFIX, "").toLowerCase()}` : undefined;
    let entity = this.byKey.get(key) ?? (shortKey ? this.byKey.get(shortKey) : undefined);
    if (entity && !this.byKey.has(key)) this.byKey.set(key, entity);
    if (!entity) {
      entity = this.create(c.type, name, key);
      if (shortKey) this.byKey.set(shortKey, entity);
      if (c.subtype) entity.subtype = c.subtype;
      if (c.value) entity.value = c.value;
      if (c.within) entity.within = [c.within];
    }
    if (c.text !== entity.name && !entity.aliases.includes(c.text)) entity.aliases.push(c.text);
    return entity;
  }

  private create(type: EntityType, name: string, key: string): Entity {
    const entity: Entity = { id: `e-${this.entities.length + 1}`, type, name, aliases: [], mentions: [] };
    this.entities.push(entity);
    this.byKey.set(key, entity);
    return entity;
  }
}
