import { DISCOURSE_MARKER, OPENING_CONJUNCTION } from "./decontext";
import type { Entity, Fact, Mention, Sentence } from "./types";

export interface FactContext {
  fact: Fact;
  sentence: Sentence;
  mentions: { entity: Entity; mention: Mention }[];
}

const MAX_FACT_SENTENCE = 1200;

// Clause joints that separate two independent claims in one sentence.
const JOINT = /(?:,\s+(?:while|whereas)\s+|;\s+)(?=\p{Lu}|the\s|a\s|an\s)/gu;

/**
 * One fact per independent clause of each complete sentence that names at least one entity.
 * The statement is the clause as written, capitalised and closed with the sentence's punctuation.
 */
export function buildFacts(sentences: Sentence[], mentionsBySentence: { entity: Entity; mention: Mention }[][]): FactContext[] {
  const out: FactContext[] = [];
  for (const sentence of sentences) {
    if (!sentence.complete || sentence.text.length > MAX_FACT_SENTENCE) continue;
    const mentions = mentionsBySentence[sentence.index] ?? [];
    const cuts: [number, number][] = [];
    let from = 0;
    JOINT.lastIndex = 0;
    for (let m = JOINT.exec(sentence.text); m !== null; m = JOINT.exec(sentence.text)) {
      // "… four setbacks: the Soviets' failure …; Soviet efforts …; and, …": after a colon, semicolons part the
      // items of a list, and no item is a claim of its own.
      if (m[0].startsWith(";") && sentence.text.slice(0, m.index).includes(":")) continue;
      cuts.push([from, m.index]);
      from = m.index + m[0].length;
    }
    cuts.push([from, sentence.text.length]);
    const closing = /[.!?]["'”’)]*$/.exec(sentence.text)?.[0] ?? ".";
    cuts.forEach(([a, b], k) => {
      let clause = sentence.text.slice(a, b).trim();
      // "However, …", "In other vaccine news, …": the link to the previous sentence goes, the claim stays.
      const marker = DISCOURSE_MARKER.exec(clause) ?? (k === 0 ? OPENING_CONJUNCTION.exec(clause) : null);
      if (marker) clause = clause.slice(marker[0].length);
      if (clause.length === 0) return;
      const start = sentence.start + a + (sentence.text.slice(a, b).length - sentence.text.slice(a, b).trimStart().length) + (marker?.[0].length ?? 0);
      const end = start + clause.length;
      const inside = mentions.filter((x) => x.mention.start >= start && x.mention.end <= end);
      if (!inside.some((x) => x.entity.type !== "PHRASE" || x.entity.subtype === "term" || x.entity.subtype === "named")) return;
      if (k < cuts.length - 1) clause = `${clause.replace(/[,;]$/, "")}${closing.startsWith(".") ? "." : closing}`;
      const statement = clause.charAt(0).toUpperCase() + clause.slice(1);
      out.push({
        fact: {
          id: `f-${out.length + 1}`,
          sentence: sentence.index,
          statement,
          start,
          end,
          entities: [...new Set(inside.map((x) => x.entity.id))],
        },
        sentence,
        mentions: inside,
      });
    });
  }
  return out;
}
