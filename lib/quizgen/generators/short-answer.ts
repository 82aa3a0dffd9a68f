import { dropDanglingPhrases, answerInSource, balanced, noContainmentLeak, noLeak, passesHard, reasonableLength, selfContained } from "../checks";
import { definite, findEvents } from "../events";
import type { FactContext } from "../facts";
import { isLowercaseRoleWord } from "../entities";
import { conjugate, type Token } from "../nlp";
import type { CheckResult, Entity, Item, Mention } from "../types";
import { alternativesFor, answerable, makeItem, scoreItem, sentenceAlternatives } from "./shared";

const AUX = new Set("has have had will would can could should may might must is are was were does do did".split(" "));
const TAIL = /(?:,\s+(?![\p{Lu}\d])|[;"“(]|:\s| - | – | — ).*$/u;
const PASSIVE = /^(.{3,90}?)\s+(will be|was|were|is|are|has been|have been|had been)\s+(\p{Ll}+)\s+by\s+$/u;
const LEADING_PP = /^(?:In|On|At|After|Before|During|Despite|Following|With|For|Under|Since|Earlier|Later|Last|This)\b[^,]{0,80},\s+/;

interface Draft {
  prompt: string;
  answer: string;
  entity: Entity;
  rule: string;
  base: number;
}

/** Wh-questions: who (subject, passive agent), when/where (events, verb phrases), how many, how long. `related`: containment links by entity id. */
export function shortAnswerItems(ctx: FactContext, tokens: Token[], related: ReadonlyMap<string, string[]> = new Map()): Item[] {
  const drafts: Draft[] = [];
  const mentions = answerable(ctx);
  for (const { entity, mention } of mentions) {
    const d = subjectQuestion(ctx, tokens, entity, mention) ?? passiveQuestion(ctx, entity, mention);
    if (d) drafts.push(d);
    const h = howLong(ctx, entity, mention) ?? howMany(ctx, tokens, entity, mention);
    if (h) drafts.push(h);
  }
  const definition = definitionQuestion(ctx, mentions);
  if (definition) drafts.push(definition);
  const anchored = new Set<Mention>();
  for (const ev of findEvents(ctx)) {
    const verb = ev.future ? "will" : "did";
    const np = definite(ev.text);
    if (!selfContained(np).passed) continue;
    anchored.add(ev.anchor.mention);
    drafts.push({
      prompt: `${ev.relation === "when" ? "When" : "Where"} ${verb} ${np} take place?`,
      answer: ev.anchor.mention.text,
      entity: ev.anchor.entity,
      rule: `sa-${ev.relation}-event`,
      base: 0.9,
    });
  }
  for (const { entity, mention } of mentions) {
    if (anchored.has(mention)) continue;
    const d = adjunctQuestion(ctx, tokens, entity, mention);
    if (d) drafts.push(d);
  }
  const items: Item[] = [];
  for (const d of drafts) {
    const prompt = dropDanglingPhrases(d.prompt).replace(/\s+/g, " ").replace(/\s+\?$/, "?");
    if (!wellFormedQuestion(prompt, d.answer)) continue;
    const checks: CheckResult[] = [
      answerInSource(d.answer, ctx.sentence.text),
      selfContained(prompt.replace(/^(?:Who|What|When|Where|Which \w+|How many \S+|How long)\s+(?:(?:will|did|does|do|was|were|is|are|has|have|had)\s+)?/, "")),
      noLeak(prompt, d.entity, d.answer),
      noContainmentLeak(prompt, related.get(d.entity.id) ?? []),
      reasonableLength(prompt),
      balanced(prompt),
    ];
    if (!passesHard(checks)) continue;
    items.push(
      makeItem(ctx, "short_answer", {
        prompt,
        answer: d.answer,
        alternatives: [...new Set([...alternativesFor(d.entity, d.answer), ...sentenceAlternatives(ctx, d.entity)])].filter((a) => a !== d.answer),
        rule: d.rule,
        score: scoreItem(d.base, d.entity, ctx.sentence.index, checks),
        checks,
      }),
    );
  }
  return items;
}

const SUBORDINATOR = /^(?:Who|What|When|Where|Which \p{Ll}+|How many \S+|How long) (?:(?:did|was|were|is|are|will|does|do|has|have|had) )?(?:When|If|While|Although|Though|Because|As|After|Before|Since|Unless|Until|Once)\b/u;

/**
 * Questions a transform can garble: a subordinate clause kept whole ("When did When President …"),
 * a cut compound ("Who intercepted the Trent and?"), a copular clause made passive ("When was the
 * pact an agreement … signed?"), a country used as a modifier ("Which country boarding party …"),
 * or an answer that is only a description ("The mission").
 */
export function wellFormedQuestion(prompt: string, answer: string): boolean {
  if (SUBORDINATOR.test(prompt)) return false;
  // "Which country launched?": the verb lost its object.
  if (prompt.split(/\s+/).length <= 3) return false;
  if (/\b(?:and|or|but|nor|to|of|the|a|an|its|their|his|her|that|which|who|whom|whose|than|as|if|because|although|though|while|with|by|for|from|in|on|at)\?$/.test(prompt) || /[,;:]\?$/.test(prompt)) return false;
  // "Who said although …": the reported clause's subordinator kept right after the verb of saying.
  if (/^(?:Who|Which \p{Ll}+) (?:said|says|told|added|stated|warned|noted) (?:although|though|while|if|because|as|when|since|whether)\b/u.test(prompt)) return false;
  // "Which organization say …": a plural verb after the singular wh-phrase.
  if (/^Which \p{Ll}+ (?:say|have|are|were|do|want|believe|think|know|need|plan|hope)\b/u.test(prompt)) return false;
  // "Who was lost when it exploded …": the subject is a thing, so "who" does not fit.
  if (/^Who\b[^?]*\b(?:it|its|itself)\b/.test(prompt)) return false;
  // "Who scored from the penalty spot?": nothing named, so any scorer in the article answers it.
  if (/^Who\b/.test(prompt) && prompt.split(/\s+/).length <= 6 && !/\s["“(]?\p{Lu}/u.test(prompt)) return false;
  // "Who would lead for the next ten laps?", "Which city was up against the wall …?": with no name, number
  // or date in the question, any of the article's candidates may answer it.
  if (/^(?:Who|Which \p{Ll}+)\b/u.test(prompt) && !/\d|\s["“(]?\p{Lu}/u.test(prompt) && /\bthe\s+\p{Ll}/u.test(prompt)) return false;
  if (/^When (?:was|were|is|are)\b[^?]*\b(?:a|an)\s/.test(prompt)) return false;
  // "When did Maathai tell the UNESCO Courier?": the date of a remark, asked without the remark.
  if (/^When (?:did|will|does|do)\b[^?]*\b(?:tell|say|state|add|note|write|explain|claim|argue)\b/.test(prompt)) return false;
  // "Where is A Second SACN Summit … to be held?": a capitalised article mid-question is a garbled subject.
  if (/\s(?:A|An|The)\s/.test(prompt.slice(1))) return false;
  // "… come just a few years later?", "Which organization would be funding …?": relative or hypothetical.
  if (/\b(?:later|earlier|afterwards|beforehand)\?$/.test(prompt)) return false;
  // "Which city was up against the wall …?": a city that acts is a team or a government standing for it.
  if (/^Which city (?!(?:is|was|has|had) (?:the )?(?:capital|home|site|host)\b)/.test(prompt)) return false;
  // "Where were the First and Second Summits held?": two events, two answers.
  if (/^(?:Where|When) (?:were|did|will)\b[^?]*\b(?:\p{Lu}\p{L}+|first|second|third) and (?:\p{Lu}|the )/u.test(prompt)) return false;
  if (/\bwould\b/.test(prompt) && !/\b(?:hoped|said|believed|expected|thought|argued|feared|warned|announced|predicted)\b[^?]*\bwould\b/.test(prompt)) return false;
  if (/^Which \p{Ll}+ (?:\p{Ll}+ing|the|a|an)\b/u.test(prompt)) return false;
  if (/^the\s+\p{Ll}/iu.test(answer)) return false;
  return true;
}

/** "Photosynthesis is the process by which …" → "What is the process by which …?" */
function definitionQuestion(ctx: FactContext, mentions: { entity: Entity; mention: Mention }[]): Draft | undefined {
  const term = mentions.find(({ entity, mention }) => entity.subtype === "term" && mention.start === ctx.fact.start);
  if (!term) return undefined;
  const rest = /^\s(is|are)\s((?:the|a|an)\s.+)$/.exec(ctx.fact.statement.slice(term.mention.end - ctx.fact.start));
  const body = rest ? finish(rest[2] ?? "") : undefined;
  if (!rest || !body) return undefined;
  return { prompt: `What ${rest[1]} ${body}`, answer: term.mention.text, entity: term.entity, rule: "sa-what-definition", base: 0.9 };
}

function rel(ctx: FactContext, abs: number): number {
  return abs - ctx.fact.start;
}

function finish(rest: string): string | undefined {
  const cut = rest.replace(TAIL, "").replace(/[.!?,]+["'”’]*\s*$/, "").trim();
  if (cut.length < 3 || /["“”]/.test(cut)) return undefined;
  return `${cut}?`;
}

function lowerLead(subject: string): string {
  const first = /^(\p{Lu}\p{Ll}+)\s/u.exec(subject)?.[1] ?? "";
  // "The …", "Chief executive Anna Lindqvist": capitalised only because they opened the sentence.
  return /^(?:The|A|An)$/.test(first) || isLowercaseRoleWord(first) ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject;
}

function tokenAt(tokens: Token[], abs: number): Token | undefined {
  return tokens.find((t) => t.start >= abs);
}

function isVerbish(t: Token | undefined): boolean {
  return !!t && (t.tags.has("Verb") || t.tags.has("Modal") || t.tags.has("Auxiliary") || t.tags.has("Copula"));
}

const WH_SUBJECT: Partial<Record<Entity["type"], (e: Entity) => string>> = {
  PERSON: () => "Who",
  ORG: () => "Which organization",
  PLACE: (e) => (e.subtype === "country" ? "Which country" : e.subtype === "city" ? "Which city" : ""),
};

function subjectQuestion(ctx: FactContext, tokens: Token[], entity: Entity, mention: Mention): Draft | undefined {
  const wh = WH_SUBJECT[entity.type]?.(entity);
  if (!wh || mention.possessive) return undefined;
  const start = rel(ctx, mention.titledStart ?? mention.start);
  const statement = ctx.fact.statement;
  if (start !== 0 && !/^(?:The|the)\s$/.test(statement.slice(0, start))) return undefined;
  const after = statement.slice(rel(ctx, mention.end));
  if (!/^\s/.test(after) || /^\s+(?:and|or|&)\b/.test(after)) return undefined;
  if (!isVerbish(tokenAt(tokens, mention.end + 1))) return undefined;
  const rest = finish(after);
  if (!rest) return undefined;
  return { prompt: `${wh}${rest.startsWith(" ") ? "" : " "}${rest}`, answer: mention.text, entity, rule: `sa-${wh.split(" ")[0]?.toLowerCase()}-subject`, base: 0.9 };
}

function passiveQuestion(ctx: FactContext, entity: Entity, mention: Mention): Draft | undefined {
  if (entity.type !== "PERSON" && entity.type !== "ORG") return undefined;
  const statement = ctx.fact.statement;
  const before = statement.slice(0, rel(ctx, mention.titledStart ?? mention.start));
  const after = statement.slice(rel(ctx, mention.end));
  if (!/^\s*(?:[.,;!?]|$)/.test(after) || /^['’]s/.test(after)) return undefined;
  const m = PASSIVE.exec(before);
  if (!m) return undefined;
  const subject = (m[1] ?? "").trim();
  const aux = m[2] ?? "";
  const participle = m[3] ?? "";
  if (subject.split(/\s+/).length > 12 || /,/.test(subject) || !selfContained(subject).passed) return undefined;
  const inf = conjugate(participle, "infinitive");
  if (!inf || inf === participle && !/^(put|set|cut|hit|let|hurt|read|beat|shut|spread|cast|cost)$/.test(inf)) return undefined;
  const verb =
    aux === "will be" ? `will ${inf}` :
    aux === "was" || aux === "were" ? conjugate(inf, "past") :
    aux === "is" || aux === "are" ? conjugate(inf, "present") :
    aux === "had been" ? `had ${participle}` : `has ${participle}`;
  const wh = entity.type === "PERSON" ? "Who" : "Which organization";
  return { prompt: `${wh} ${verb} ${lowerLead(subject)}?`, answer: mention.text, entity, rule: "sa-who-passive", base: 0.95 };
}

function howLong(ctx: FactContext, entity: Entity, mention: Mention): Draft | undefined {
  const adjectival = /^(.+)-(second|minute|hour|day|week|month|year)$/.exec(mention.text);
  if (entity.type !== "DURATION" || !adjectival) return undefined;
  const statement = ctx.fact.statement;
  const before = statement.slice(0, rel(ctx, mention.start));
  if (!/\b(?:a|an|the)\s$/i.test(before)) return undefined;
  const tail = finish(statement.slice(rel(ctx, mention.end)));
  if (!tail) return undefined;
  const head = /^\s*([\p{Ll}-]+)/u.exec(tail)?.[1] ?? "";
  if (tail.split(/\s+/).length > 14 || !head) return undefined;
  // "an 11-year lull" → "the lull": the article introduced it with "a", so "the" points back unless a name pins it down.
  if (!/\p{Lu}/u.test(tail)) return undefined;
  // "a 16-week block" → "How many weeks did the block last?" → "16": the answer stays a span of the text.
  const amount = adjectival[1] ?? "";
  return {
    prompt: `How many ${adjectival[2]}s did the ${tail.trim().replace(/\?$/, "")} last?`,
    answer: amount,
    entity,
    rule: "sa-how-long",
    base: 0.88,
  };
}

function howMany(ctx: FactContext, tokens: Token[], entity: Entity, mention: Mention): Draft | undefined {
  if (entity.type !== "NUMBER") return undefined;
  const statement = ctx.fact.statement;
  const start = rel(ctx, mention.start);
  const after = statement.slice(rel(ctx, mention.end));
  const noun = /^\s+([\p{Ll}]+s|people|children|men|women)\b/u.exec(after);
  if (!noun) return undefined;
  const lead = statement.slice(0, start);
  const qualifier = /^(?:(?:About|Nearly|Almost|More than|Over|Some|Around|At least|Fewer than|Roughly)\s+)?$/.exec(lead);
  if (qualifier) {
    const afterNoun = after.slice(noun[0].length);
    if (!isVerbish(tokenAt(tokens, mention.end + noun[0].length + 1))) return undefined;
    const rest = finish(afterNoun);
    if (!rest) return undefined;
    return { prompt: `How many ${noun[1]} ${rest.trim()}`, answer: mention.text, entity, rule: "sa-how-many-subject", base: 0.88 };
  }
  return undefined;
}

function adjunctQuestion(ctx: FactContext, tokens: Token[], entity: Entity, mention: Mention): Draft | undefined {
  const kind = entity.type === "DATE" && entity.subtype !== "week" ? "When" : entity.type === "PLACE" && entity.subtype !== "region" ? "Where" : "";
  if (!kind) return undefined;
  const statement = ctx.fact.statement;
  const before = statement.slice(0, rel(ctx, mention.start));
  const prep = kind === "When" ? /\s(?:on|in)\s$/.exec(before) : /\s(?:in|at)\s$/.exec(before);
  if (!prep) return undefined;
  const afterAnchor = statement.slice(rel(ctx, mention.end));
  if (!/^\s*(?:[.,;!?]|$)/.test(afterAnchor)) return undefined;
  let clauseStart = 0;
  const lead = LEADING_PP.exec(before);
  if (lead) clauseStart = lead[0].length;
  const clauseTokens = tokens.filter((t) => t.start >= ctx.fact.start + clauseStart && t.end <= mention.start);
  const firstVerb = clauseTokens.findIndex((t) => isVerbish(t));
  if (firstVerb <= 0) return undefined;
  const subjectTokens = clauseTokens.slice(0, firstVerb);
  const first = subjectTokens[0] as Token;
  const lastSubject = subjectTokens[subjectTokens.length - 1] as Token;
  const subject = statement.slice(rel(ctx, first.start), rel(ctx, lastSubject.end));
  if (subjectTokens.length > 9 || /[,;:"“]/.test(subject) || !/^\p{Lu}/u.test(subject) || !selfContained(subject).passed) return undefined;
  if (subjectTokens.some((t) => t.tags.has("Pronoun"))) return undefined;
  let v = firstVerb;
  while (v + 1 < clauseTokens.length && (isVerbish(clauseTokens[v + 1]) || (clauseTokens[v + 1] as Token).tags.has("Negative"))) v++;
  const group = clauseTokens.slice(firstVerb, v + 1);
  const firstWord = (group[0] as Token).text.toLowerCase();
  const objectText = statement.slice(rel(ctx, (group[group.length - 1] as Token).end), rel(ctx, mention.start) - prep[0].length + 1).trim();
  if (/[,;:"“]/.test(objectText) || objectText.split(/\s+/).length > 6) return undefined;
  // The phrase must attach to the verb: no other preposition between them ("to" + verb is fine).
  const objectTokens = clauseTokens.slice(v + 1, -1);
  const infinitive = (t: Token, k: number) => t.text.toLowerCase() === "to" && isVerbish(objectTokens[k + 1]);
  const attached = objectTokens.every((t, k) => infinitive(t, k) || !(t.tags.has("Preposition") || t.tags.has("Conjunction")));
  if (!attached) return undefined;
  // A place after a common-noun object usually belongs to the noun ("alleviate the crisis in Ukraine").
  if (kind === "Where" && !objectTokens.every((t, k) => infinitive(t, k) || isVerbish(t) || t.tags.has("ProperNoun"))) return undefined;
  if (group.some((t) => /^(?:would|could|might|may|should)$/i.test(t.text))) return undefined;
  const groupRest = statement.slice(rel(ctx, (group[1] ?? group[0] as Token).start), rel(ctx, (group[group.length - 1] as Token).end));
  let head: string;
  if (AUX.has(firstWord)) {
    head = `${firstWord} ${lowerLead(subject)}${group.length > 1 ? ` ${groupRest}` : ""}`;
  } else if (group.length === 1) {
    const verb = group[0] as Token;
    const inf = conjugate(verb.text, "infinitive");
    const doWord = verb.tags.has("PastTense") ? "did" : /s$/.test(verb.text) ? "does" : "do";
    head = `${doWord} ${lowerLead(subject)} ${inf}`;
  } else {
    return undefined;
  }
  const prompt = `${kind} ${head}${objectText ? ` ${objectText}` : ""}?`;
  return { prompt, answer: mention.text, entity, rule: `sa-${kind.toLowerCase()}-clause`, base: 0.93 };
}
