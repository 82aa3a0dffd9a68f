import type { FactContext } from "./facts";
import type { Entity, Mention } from "./types";

const EVENT_NOUNS =
  "meeting|meetings|summit|summits|conversation|call|talks|conference|election|elections|vote|referendum|annexation|invasion|" +
  "war|attack|attacks|launch|visit|match|game|final|race|ceremony|speech|earthquake|storm|crash|tournament|championship|" +
  "festival|trial|hearing|protest|protests|strike|negotiations|eruption|outbreak|landing|flight|mission|expedition|battle|" +
  "revolution|coup|concert|premiere|opening|auction|debate|interview|session|signing|collapse|explosion|fire|flood|" +
  "hurricane|shooting|marathon|rally|incident|accident|inauguration|arrest|raid|walkout|eclipse|wedding|funeral|parade|" +
  "summit|olympics|games|cup|derby|showdown|clash|fight|bout";

const NP_RE = new RegExp(
  `((?:\\b(?:a|an|the|The|A|An)|\\p{Lu}[\\p{L}.-]*['’]s)\\s+(?:(?!(?:to|of|the|a|an|in|on|at|for|and|or|with|by|from|that|which|who|its|their|his|her)\\s)[\\p{L}-]+\\s+){0,4}?(?:${EVENT_NOUNS})` +
    `(?:\\s+(?:between|of|with|against|by|among|from)(?:\\s+(?!(?:took|was|were|is|are|has|had|have|began|ended|followed|happened|occurred|will)\\s)[^,;:()"“”\\s]+){1,12}?)?)\\s*$`,
  "u",
);
const EVENT_LINK = new Set(
  "with after before during since following follows followed precedes preceded of from like including about over at to marks marked that when where".split(" "),
);
const PLACE_PP = /,?\s*(?:in|at)\s+\p{Lu}[^,]*(?:,\s*\p{Lu}[^,]*)?,\s*$/u;
const SCHEDULED = /\s+(?:is|are|was|were|has been|have been|had been)\s+(?:scheduled|planned|set|slated|due|expected)\s+(?:for|on|in)\s+$/;
const HAPPENED =
  /\s+(?:took place|happened|occurred|was held|were held|began|started|ended|opened|closed|followed|came)\s+(?:on|in|during)\s+$/;
const FUTURE = /\b(?:upcoming|planned|proposed|next|future|forthcoming)\b/i;

export interface EventPhrase {
  /** The noun phrase as written ("a two-and-a-half-hour phone conversation between the two leaders"). */
  text: string;
  start: number;
  end: number;
  /** The date or place it is anchored to. */
  anchor: { entity: Entity; mention: Mention };
  relation: "when" | "where";
  future: boolean;
}

/** Event noun phrases anchored to a date ("... on October 16") or a place ("... in Anchorage"). */
export function findEvents(ctx: FactContext): EventPhrase[] {
  const out: EventPhrase[] = [];
  const { fact } = ctx;
  const text = ctx.sentence.text;
  const base = ctx.sentence.start;
  for (const anchor of ctx.mentions) {
    const { entity, mention } = anchor;
    if (entity.type !== "DATE" && entity.type !== "PLACE") continue;
    if (mention.modifier) continue;
    let pre = text.slice(Math.max(fact.start - base, mention.start - base - 200), mention.start - base);
    const preStart = mention.start - base - pre.length;
    let future = false;
    if (entity.type === "DATE") {
      const happened = HAPPENED.exec(pre);
      const scheduled = SCHEDULED.exec(pre);
      if (happened) {
        pre = pre.slice(0, happened.index);
      } else if (scheduled) {
        pre = pre.slice(0, scheduled.index);
        future = /is|are|been/.test(scheduled[0]) ? true : future;
      } else {
        const prep = /\s*\b(?:on|in|during)\s+$/.exec(pre);
        if (!prep) continue;
        pre = pre.slice(0, prep.index);
        const place = PLACE_PP.exec(pre);
        if (place) pre = pre.slice(0, place.index);
      }
    } else {
      const prep = /\s*\b(?:in|at)\s+$/.exec(pre);
      if (!prep) continue;
      pre = pre.slice(0, prep.index);
    }
    const np = NP_RE.exec(pre);
    if (!np) continue;
    // The date belongs to the noun phrase only when the phrase is not a verb's object
    // ("follows a meeting on May 1" yes; "sued to block the deal in May" no).
    const lead = pre.slice(0, np.index).trimEnd();
    const previous = /(\S+)$/.exec(lead)?.[1]?.toLowerCase() ?? "";
    if (lead.length > 0 && !/[,;:(]$/.test(lead) && !EVENT_LINK.has(previous)) continue;
    if (entity.type === "PLACE" && /\b(?:war|wars|campaign|reform|ban|crisis)$/.test(np[1] ?? "")) continue;
    // "the call between the two leaders" → "the call": the phrase must stand on its own.
    const phrase = (np[1] ?? "").trim().replace(/\s+(?:between|among|with|of|from|by)\s+(?:the two|both|these|those|the three)\b.*$/i, "");
    if (phrase.split(/\s+/).length > 14) continue;
    const start = base + preStart + np.index;
    out.push({
      text: phrase,
      start,
      end: start + phrase.length,
      anchor,
      relation: entity.type === "DATE" ? "when" : "where",
      future: future || FUTURE.test(phrase),
    });
  }
  return out;
}

/**
 * "a previous meeting between X" → "the previous meeting between X"; keeps possessives. A length
 * ("two-and-a-half-hour") is dropped so that one question does not answer another.
 */
export function definite(np: string): string {
  const words = np.replace(/\b(?:\d+(?:\.\d+)?|[a-z]+(?:-and-a-half)?)-(?:second|minute|hour|day|week|month|year)\s+/i, "").split(" ");
  const first = (words[0] ?? "").toLowerCase();
  if (first === "a" || first === "an" || first === "the") words[0] = "the";
  return words.join(" ");
}
