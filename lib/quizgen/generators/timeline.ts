import { standAlone, type ReferenceContext } from "../decontext";
import type { FactContext } from "../facts";
import { shuffle, type Rng } from "../random";
import type { Item } from "../types";
import { capitalise, makeItem } from "./shared";

const MAX_STEPS = 5;
const MAX_WORDS = 28;

export interface DatedClause {
  ctx: FactContext;
  /** The claim without its date: "France acquired Louisiana from Spain". */
  label: string;
  dateText: string;
  value: string;
}

/**
 * Short claims anchored to exactly one resolvable date ("In 1922, London made this link explicit"),
 * with the date phrase taken out, one per year, in article order. Labels must stand alone.
 */
export function datedClauses(facts: FactContext[], refs: ReferenceContext): DatedClause[] {
  const out: DatedClause[] = [];
  const years = new Set<string>();
  for (const ctx of facts) {
    const dates = ctx.mentions.filter((m) => m.entity.type === "DATE" && m.entity.value && /^\d{4}/.test(m.entity.value));
    if (dates.length === 0) continue;
    const { entity, mention } = dates[0]!;
    const value = entity.value;
    if (!value || !/^\d{4}/.test(value) || years.has(value.slice(0, 4))) continue;
    // "April 9" in a history of 1867 takes its year from the publication date: only a written year orders events.
    if (!mention.text.includes(value.slice(0, 4)) && !mention.text.includes(value.slice(2, 4))) continue;
    const statement = ctx.fact.statement;
    const rs = mention.start - ctx.fact.start;
    const re = mention.end - ctx.fact.start;
    const before = statement.slice(0, rs);
    const after = statement.slice(re);
    // "Inflation, which had begun in 1922, spiralled": the date belongs to the relative clause, not the claim.
    if (/,\s+(?:which|who|whom|where|while)\b[^,]*$/.test(before)) continue;
    let label: string;
    const lead = /^(?:In|On|By|During|Since)\s+(?:late\s+|early\s+|mid-)?(?:the\s+(?:spring|summer|autumn|fall|winter|early part|late|end)\s+of\s+)?$/i.exec(before);
    if (lead && /^,\s+/.test(after)) label = after.replace(/^,\s+/, "");
    else {
      const prep = /\s+(?:in|on|by|during|of|since)\s+(?:the\s+(?:spring|summer|autumn|fall|winter|early part|end)\s+of\s+)?$/i.exec(before);
      if (!prep) continue;
      label = `${before.slice(0, prep.index)}${after}`;
    }
    label = capitalise(label.replace(/[.!?]+$/, "").replace(/\s+,/g, ",").replace(/,\s*,/g, ",").replace(/^(?:At last|At first|Finally|Eventually|Then|Later|However|Meanwhile),\s*/i, "").trim());
    // The main claim only: a trailing participle or relative clause ("…, sending a large army") goes.
    const cut = /,\s+(?:which|who|where|while|sending|making|leaving|bringing|including)\b/.exec(label);
    if (cut && cut.index > 20) label = label.slice(0, cut.index);
    const words = label.split(/\s+/).length;
    if (words < 4 || words > MAX_WORDS || /["“”(]|_____/.test(label) || /\b(?:\d{4}|said|says)\b/.test(label)) continue;
    // "… an agreement to outlaw war signed" (the date took the verb's complement) or "a few years later".
    if (/\b(?:signed|held|founded|established|launched|born|began|ended)$/.test(label) || /\b(?:later|earlier|before|after)\b/.test(label)) continue;
    // "Mori's result is expected to secure his place … in August 2027": the date is the future event's, not the claim's.
    if (/\b(?:expected|expects|will|would|plans?|planned|hopes?|aims?|intends?)\b/.test(label)) continue;
    // "The German practice of unrestricted submarine warfare": with its clause cut, a subject alone claims nothing.
    if (!hasVerb(label)) continue;
    const standing = standAlone(label, ctx.sentence.index, refs, [], false);
    if (standing === null || /^(?:It|They|He|She|This|These|Those|There)\b/.test(standing)) continue;
    years.add(value.slice(0, 4));
    out.push({ ctx, label: standing, dateText: mention.text, value });
  }
  return out;
}

const VERB =
  /(?<!\b(?:the|a|an|of|in|on|for|with|to|by|from|and|or|its|their|his|her|this|that|these|those|most|more|less|newly|well|fully|highly|so-called)\s)\b\p{Ll}{2,}ed\b|\b(?:was|were|is|are|has|had|have|became|began|won|led|took|made|gave|went|came|fell|rose|left|met|sent|set|ran|saw|held|built|bought|sold|wrote|found|lost|brought|chose|drew|flew|grew|kept|knew|paid|spoke|stood|struck|told|thought|threw|became|became|broke|fought|hit|shot|sank|swore|won|beat|bore|led|meant|put|read|said|sat|sought|spent|stole|taught|understood|withdrew|wore|born)\b/u;

/** A claim has a finite verb (past forms suffice for dated claims). */
export function hasVerb(label: string): boolean {
  return VERB.test(label);
}

/** Spread picks over the article rather than its first paragraph. */
function spread<T>(list: T[], n: number): T[] {
  if (list.length <= n) return list;
  return Array.from({ length: n }, (_, i) => list[Math.round((i * (list.length - 1)) / (n - 1))] as T);
}

/** Ordering (earliest first) and matching (claim ↔ date) over the article's dated claims. */
export function timelineItems(facts: FactContext[], refs: ReferenceContext, rng: Rng): Item[] {
  const clauses = datedClauses(facts, refs);
  if (clauses.length < 3) return [];
  const chosen = spread(clauses, Math.min(MAX_STEPS, clauses.length));
  const sequence = chosen
    .slice()
    .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .map((c) => c.label);
  const first = chosen[0]!.ctx;
  const checks = [{ name: "distinct-years", passed: true, hard: true }];
  const items: Item[] = [
    makeItem(first, "ordering", {
      prompt: "Put these events from the article in chronological order, earliest first.",
      answer: sequence.join(" → "),
      sequence,
      rule: "order-dated-claims",
      score: 0.83,
      checks,
    }),
  ];
  const pairs = spread(clauses, Math.min(4, clauses.length)).map((c) => ({ left: c.label, right: c.dateText }));
  items.push(
    makeItem(first, "matching", {
      prompt: "Match each event from the article to its date.",
      answer: pairs.map((p) => `${p.left} → ${p.right}`).join("; "),
      pairs,
      options: shuffle(pairs.map((p) => p.right), rng),
      rule: "match-dated-claims",
      score: 0.8,
      checks: [{ name: "pairs-distinct", passed: new Set(pairs.map((p) => p.right)).size === pairs.length, hard: true }],
    }),
  );
  return items;
}
