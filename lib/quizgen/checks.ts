import { containsWord, isNearDuplicate } from "./distractors";
import { countryOfDemonym, demonymOf, isBroadRegion } from "./gazetteer";
import type { CheckResult, Entity } from "./types";

const DANGLING_START =
  /^["“]?(?:this|that|these|those|it|its|they|their|them|he|his|she|her|we|our|such|both|the two\s|the latter|the former|the same|neither|either|there|here|then|also|however|meanwhile|instead|the \d+-year-old)\b/i;
const DANGLING_LEAD = /^[^,]{0,60}\b(?:this|that|these|those|its|their|his|her)\s+\p{Ll}+[^,]{0,30},/iu;
// Anywhere in a stem, these point at something the stem never names ("over the same period": which?).
const DANGLING_ANYWHERE =
  /\b(?:the two|both|all three|the three)\s+(?:leaders|countries|sides|men|women|companies|firms|teams|nations|parties|presidents|groups|airlines|carriers|players|scientists|researchers|governments|states|clubs|sites|cores)\b|\b(?:these|those)\s+\p{Ll}+|\b(?:to|in|of|at|during|from|with|for|by|on|after|before|since|under)\s+(?:this|that)\s+\p{Ll}+|\b(?:the|this|that)\s+(?:latter|former)\b|\bthe same\s+(?:period|day|week|month|quarter|year|season)\b|\bthe other (?:two|three|four)\b/iu;
const PRONOUN = /\b(?:he|she|it|they|him|them|his|its|their|this|these|those)\b/;
const TITLE_BEFORE = /(?:\b(?:Presidents?\s+(?:\p{Lu}[\p{L}.]*\s+){1,3}and|Leaders?\s+\p{Lu}\p{L}+\s+and|President|Minister|Secretary|Chancellor|King|Queen|Prince|Senator|Governor|Mayor|General|Director|CEO|Professor|Dr\.|Mr\.|Mrs\.|Ms\.|Coach|aide|spokesman|spokeswoman|coach)|\p{Lu}\p{Ll}+(?:ian|an|ese|ish|i))\s+_____/u;

/** Capitalised only because they open the sentence: never half of a name. */
export const SENTENCE_STARTER =
  /^(?:The|A|An|In|On|At|After|Before|When|While|As|But|And|Or|For|By|With|From|During|Despite|Since|Although|If|Then|Though|Because|Under|Over|Between|Among|Until|Unless|Once|Like|Unlike|According|Following|Meanwhile|However|Also|Only|Even|Both|Each|Every|Some|Many|Most|All|No|Other|Another|This|That|These|Those|It|Its|Their|His|Her|Our|We|They|He|She|I|You|There|Here|Today|Yesterday|Now|Later|Earlier|Last|Next|About|Around|Nearly|Almost|Of|To|Without|Within|Through|Against|Toward|Towards|Across|Behind|Beyond|Near|Outside|Inside|Where|Why|How|What|Which|Who|Whose|Whom|Together|Instead|Still|Yet|So|Thus|Hence|Later|Finally)$/;
const FACILITY_IN_BLANK =
  /\p{Lu}[\p{L}.'’-]*\s+(?:Center|Centre|Station|Base|Laboratory|Airport|University|Institute|Observatory|Museum|Stadium|Arena|Gate|Palace|Headquarters|Complex|Facility)\s+(?:in|at|near),?\s+(?:(?:Southern|Northern|Western|Eastern|Central)\s+)?_____/u;
const ROLE_SUFFIX = /(?:or|er|ist|ent|ant|ary|ive|ian|ess|ee)$/;
// A capitalised word right before the blank that is not a role: the blank cuts a name in two.
const NAME_BEFORE_BLANK = /(?:^|[^.!?:;"“]\s)(\p{Lu}[\p{L}\d-]*)\s+(?:\d+\s+)?_____/u;

/** "Southern _____", "Andrew _____", "Sentinel-6 _____": the word before the blank belongs to the answer's name. */
export function blankCutsName(stem: string): boolean {
  const m = NAME_BEFORE_BLANK.exec(stem);
  const word = m?.[1];
  // The stem's first word is capitalised anyway ("Despite _____'s hopes").
  if (!m || !word || /['’]s$/.test(word) || (stem.trimStart().startsWith(word + " ") && SENTENCE_STARTER.test(word))) return false;
  // "NASA Administrator _____", "Flight Engineer _____": a role, not half a name.
  return !ROLE_SUFFIX.test(word.toLowerCase()) && !/^(?:Captain|Chief|Coach|Judge|Lord|Sir|Dame|Lady|King|Queen|Prince|Pope|General|Admiral|Colonel|Mayor|Governor|Senator|Minister|Secretary|Chancellor|Speaker|Dr|Mr|Mrs|Ms)\.?$/.test(word);
}

function check(name: string, passed: boolean, hard: boolean, detail?: string): CheckResult {
  return detail === undefined ? { name, passed, hard } : { name, passed, hard, detail };
}

const DANGLING_PP = /\s+(?:between|among|with|from|by|of)\s+(?:the two|both|the three|all three)\s+\p{Ll}+(?=[\s,.;:?!])/giu;

/** Drops a prepositional phrase that points at unnamed referents ("from both countries"). */
export function dropDanglingPhrases(text: string): string {
  return text.replace(DANGLING_PP, "");
}

/** The answer text occurs in the source sentence (cloze and short answer). */
export function answerInSource(answer: string, sentence: string): CheckResult {
  return check("answer-in-source", sentence.includes(answer), true);
}

/** The stem stands on its own: no opening pronoun, demonstrative or "the two leaders". */
export function selfContained(stem: string): CheckResult {
  const text = stem.replace(/^_____\s*/, "");
  const dangling = DANGLING_START.test(text) || DANGLING_LEAD.test(text) || DANGLING_ANYWHERE.test(text);
  return check("self-contained", !dangling, true);
}

/** Pronouns inside the stem may lack an antecedent; a soft check. */
export function fewPronouns(stem: string): CheckResult {
  // In a short stem an unresolved pronoun leaves the question vague ("_____ later joined it.").
  return check("few-pronouns", !PRONOUN.test(stem), stem.split(/\s+/).length < 10);
}

/** The answer (or any of its names) is not visible elsewhere in the stem. */
export function noLeak(stem: string, answer: Entity, answerText: string): CheckResult {
  const names = [answerText, answer.name, ...answer.aliases];
  if (answer.type === "PLACE" && answer.subtype === "country") names.push(demonymOf(answer.name) ?? "");
  if (answer.type === "PERSON") for (const w of answer.name.split(" ")) if (w.length >= 3) names.push(w);
  const leaked = names.find((n) => n.length >= 2 && containsWord(stem, n));
  return check("no-leak", leaked === undefined, true, leaked);
}

/**
 * Local context does not give the answer away: "___, Hungary", "Budapest, ___", "President ___", or a
 * place that contains or lies within the answer named anywhere in the stem (`related`).
 */
export function notGuessable(stem: string, answer: Entity, related: readonly string[] = []): CheckResult {
  let guessable = TITLE_BEFORE.test(stem) || related.some((r) => containsWord(stem, r));
  if (answer.type === "PLACE") guessable ||= /_____,\s+\p{Lu}/u.test(stem) || /\p{Lu}[\p{L}.]*,\s+_____/u.test(stem);
  // "… Thermoelectric Generator, or _____" → MMRTG: an acronym right after the name it abbreviates.
  guessable ||= /^[A-Z][A-Z0-9]{1,9}$/.test(answer.name) && /\p{Lu}[\p{L}-]*,?\s+(?:or|also called|known as)\s+_____/u.test(stem);
  // "Kennedy Space Center in _____", "Cape Canaveral Space Force Station in _____": where a named facility
  // stands is general knowledge about it, not something the article teaches.
  if (answer.type === "PLACE") guessable ||= FACILITY_IN_BLANK.test(stem);
  if (answer.type === "DATE") guessable ||= /_____,\s+\d{4}/.test(stem);
  guessable ||= /_____-/.test(stem) || /-_____/.test(stem);
  // A blank inside a longer proper name ("the _____ Marathon", "_____ Airport", "Southern _____", "Andrew _____").
  guessable ||= /_____ \p{Lu}\p{Ll}/u.test(stem);
  guessable ||= blankCutsName(stem);
  // "(_____)" after a spelled-out name is its acronym; "4:15 a.m. EDT (_____ PDT)" is arithmetic; "_____ (472 million km)" a conversion.
  guessable ||= /\(_____/.test(stem) || /_____(?:\s+[\p{L}.]+){0,2}\s*\((?:about |some |roughly )?[\d$€£]/u.test(stem);
  // "with _____ countries …: Belgium, Brazil, Canada, …": the list gives the count away.
  guessable ||= answer.type === "NUMBER" && /_____[^:]{0,80}:\s*[^,]+(?:,[^,]+){3,}/.test(stem);
  return check("not-guessable", !guessable, true);
}

/** A question about a place does not name a place that contains or lies within it (`related`); hard. */
export function noContainmentLeak(prompt: string, related: readonly string[]): CheckResult {
  const leaked = related.find((r) => containsWord(prompt, r));
  return check("no-containment-leak", leaked === undefined, true, leaked);
}

/** Options are pairwise distinct to a reader. */
export function optionsDistinct(options: string[]): CheckResult {
  for (let i = 0; i < options.length; i++) {
    for (let j = i + 1; j < options.length; j++) {
      if (isNearDuplicate(options[i] ?? "", options[j] ?? "")) return check("options-distinct", false, true, `${options[i]} ~ ${options[j]}`);
    }
  }
  return check("options-distinct", true, true);
}

/** No "the the United States" or "the Hungary" around the blank. */
export function articleAgreement(stem: string, options: string[]): CheckResult {
  const theBefore = /\bthe\s+_____/i.test(stem);
  const bad = theBefore && options.some((o) => /^the\s/i.test(o));
  return check("article-agreement", !bad, true);
}

/** A stem between 6 and 45 words reads well; a soft check. */
export function reasonableLength(stem: string): CheckResult {
  const words = stem.split(/\s+/).length;
  return check("length", words >= 6 && words <= 45, false, String(words));
}

/** Quotes and brackets are balanced: a cut-off quotation reads as nonsense. */
export function balanced(stem: string): CheckResult {
  const quotes = (stem.match(/["“”]/g) ?? []).length;
  const open = (stem.match(/\(/g) ?? []).length;
  const close = (stem.match(/\)/g) ?? []).length;
  return check("balanced", quotes % 2 === 0 && open === close, true);
}

const LIST_ITEM = "(?:the )?(?:\\p{Lu}[\\p{L}.'’-]*|_____)(?: (?:\\p{Lu}[\\p{L}.'’-]*|de|of))*";
const LIST = new RegExp(`${LIST_ITEM}(?:, ${LIST_ITEM})+,? (?:and|or) ${LIST_ITEM}`, "gu");

/** A blank inside a list ("Ghana, Nigeria and _____") is a memory game with no single cue. */
export function notInList(stem: string): CheckResult {
  const inList = [...stem.matchAll(LIST)].some((m) => m[0].includes("_____"));
  return check("not-in-list", !inList, true);
}

/** A blank joined to another name ("between _____ and Putin") invites guessing from world knowledge; soft. */
export function notConjoined(stem: string, hard = false): CheckResult {
  const joined = /_____ (?:and|or|&) \p{Lu}|\p{Lu}[\p{L}.]* (?:and|or|&) _____/u.test(stem);
  return check("not-conjoined", !joined, hard);
}

// Hedged or hypothetical claims ("could lead to", "is expected to") are not facts a reader can check;
// "would" after a reporting verb ("said the sale would") is reported future and stays a fact.
const SPECULATIVE = /\b(?:could(?! not\b|n['’]t)|might|may|potentially|possibly|perhaps|hypothetically|(?:is|are|was|were|be|been)\s+(?:widely\s+)?expected\s+to)\b/;
const WOULD = /\bwould\b/;
const REPORTED = /\b(?:said|says|told|stated|announced|added|warned|predicted|expects?|expected|believes?|believed|thinks?|thought)\b/;

/** The statement asserts a fact rather than a possibility; soft, with a strong penalty. */
export function factual(stem: string): CheckResult {
  const before = (i: number) => stem.slice(0, i);
  const would = stem.search(WOULD);
  const speculative = SPECULATIVE.test(stem) || (would >= 0 && !REPORTED.test(before(would)));
  return check("factual", !speculative, false);
}

/** A person MCQ/cloze blank that only owns something ("_____'s hopes") says too little to pin one person down; soft. */
export function notPossessiveBlank(stem: string): CheckResult {
  return check("not-possessive-blank", !/_____['’]s\b/.test(stem), false);
}

/** Continents and broad regions ("Eastern Europe") admit several defensible answers in a cloze; hard. */
export function specificPlace(answer: Entity): CheckResult {
  return check("specific-place", !(answer.type === "PLACE" && isBroadRegion(answer.name)), true);
}

// Soft checks that mark a weak item rather than a blemish weigh more than the default 0.8.
// A blank beside a named partner ("The United States and _____") is half guessed and half ambiguous.
const SOFT_WEIGHT: Record<string, number> = { factual: 0.6, "not-possessive-blank": 0.6, "not-conjoined": 0.65 };

/** Every hard check passed. */
export function passesHard(checks: CheckResult[]): boolean {
  return checks.every((c) => c.passed || !c.hard);
}

/** Score multiplier from soft checks. */
export function softPenalty(checks: CheckResult[]): number {
  return checks.reduce((p, c) => (c.passed || c.hard ? p : p * (SOFT_WEIGHT[c.name] ?? 0.8)), 1);
}

// Nouns that only point back at an event the article told earlier ("the decision", "the deal").
const ANAPHORIC_NP = /\bthe (decision|move|ruling|verdict|step|announcement|deal|plan|agreement|proposal)\b(?!\s+(?:to|of|on|by|that|which|between|with|for)\b)/i;
// Verbs that each create such an event: two of them in an article make "the decision" ambiguous.
const DECISION_EVENT = /\b(?:approved|rejected|ruled|decided|voted|agreed|signed|overturned|upheld|dismissed|blocked|announced)\b/i;

/**
 * A stem whose subject or object is a bare anaphoric noun phrase ("welcomed the decision") is vague
 * when the article holds two or more such events (an approval and a court ruling): a score factor.
 */
export function ambiguousReferenceFactor(prompt: string, articleSentences: readonly string[], ownSentence?: string): number {
  if (!ANAPHORIC_NP.test(prompt)) return 1;
  const events = articleSentences.filter((s) => s !== ownSentence && DECISION_EVENT.test(s)).length;
  return events >= 2 ? 0.7 : 1;
}

/**
 * A short stem that names nobody and nothing ("Today about _____ of containers are moved by road.")
 * leaves the learner guessing what it is about once lifted out of the article: a score factor.
 */
export function thinContextFactor(prompt: string): number {
  const words = prompt.split(/\s+/).filter(Boolean);
  if (words.length >= 10 || !prompt.includes("_____")) return 1;
  const opener = /^(?:today|now|currently|then|about|around|some|most|the|a|an|it|they|this|these|there|here|only|nearly|almost|over|more|fewer|less)$/i;
  const named = words.some((w, i) => /^["“(]?\p{Lu}/u.test(w) && !(i === 0 && opener.test(w))) || /\d/.test(prompt);
  return named ? 1 : 0.8;
}

const GENERIC_LAST_WORD = /^(?:States|Union|Kingdom|Republic|Agreement|Treaty|Pact|Plan|Program|Programme|Party|Council|Committee|Agency|Administration|Conference|Summit|Crisis|War|Doctrine|Island|Islands|Sea|Ocean|River|Mountains|Station|Center|Centre)$/;

/**
 * The article's own topic as the answer ("Louisiana" in "Louisiana Purchase, 1803", "Berlin" under a
 * Berlin headline) is guessable from the title: such typed and multiple-choice items are dropped (factor 0).
 */
export function titleTopicFactor(item: { kind: string; answer: string; alternatives?: string[] }, title: string): number {
  if (!title || !(item.kind === "cloze" || item.kind === "mcq" || item.kind === "short_answer")) return 1;
  const forms = [item.answer, ...(item.alternatives ?? [])].map((f) => f.replace(/^the\s+/i, "")).filter((f) => f.length >= 3);
  // "Richard M. Nixon" under "Nixon and the End of …": a multiple-choice key has no alternatives, so its surname counts too.
  const surname = /^(?:\p{Lu}[\p{L}.'’-]*\s+)+(\p{Lu}\p{Ll}{3,})$/u.exec(item.answer)?.[1];
  if (surname && !GENERIC_LAST_WORD.test(surname)) forms.push(surname);
  // "Chinese submarine enters Japanese waters" → China; "Kenyan activist" → Kenya: a demonym names the country too.
  for (const m of title.matchAll(/(?<!(?:South|North|Latin|Central|East|West|Southeast|Pan)[\s-])\b\p{Lu}\p{Ll}+/gu)) {
    const country = countryOfDemonym(m[0]);
    if (country && forms.some((f) => f === country || f === `the ${country}`)) return 0;
  }
  return forms.some((f) => containsWord(title, f)) ? 0 : 1;
}
