import type { FactContext } from "./facts";
import type { Entity, Sentence } from "./types";

/**
 * Name completion (Choi et al. 2021): a clause that opens with "He" or "She" right after a sentence
 * naming exactly one person (of that gender when known) is read with the name in its place — "She is
 * the first African woman to win …" → "Wangari Maathai is the first African woman to win …". The
 * nearest of the two sentences before that names anyone decides; two people there leave the clause
 * as it is (and the pronoun then drops it). Returns a context whose statement carries the name and
 * whose start is moved back by the length added, so that every mention keeps its offset in the
 * statement; the deck's facts keep the text as written.
 */
export function namedSubjects(facts: readonly FactContext[], sentences: readonly Sentence[], entities: readonly Entity[]): Map<FactContext, FactContext> {
  const out = new Map<FactContext, FactContext>();
  let people: Map<number, Entity[]> | undefined;
  for (const ctx of facts) {
    const lead = /^(He|She)\s/.exec(ctx.fact.statement);
    const index = ctx.sentence.index;
    if (!lead || index === 0 || ctx.fact.start !== ctx.sentence.start) continue;
    if (!people) {
      people = new Map();
      for (const e of entities) {
        if (e.type !== "PERSON") continue;
        for (const m of e.mentions) {
          const list = people.get(m.sentence) ?? [];
          if (!list.includes(e)) list.push(e);
          people.set(m.sentence, list);
        }
      }
    }
    const want = lead[1] === "He" ? "male" : "female";
    for (let k = index - 1; k >= Math.max(0, index - 2); k--) {
      if (k < index - 1 && sentences[k]?.paragraph !== ctx.sentence.paragraph) break;
      const named = people.get(k) ?? [];
      if (named.length === 0) continue;
      const person = named[0]!;
      if (named.length === 1 && (person.gender === undefined || person.gender === want) && /\s/.test(person.name)) {
        const statement = `${person.name}${ctx.fact.statement.slice(lead[1]!.length)}`;
        const shift = statement.length - ctx.fact.statement.length;
        out.set(ctx, { ...ctx, fact: { ...ctx.fact, statement, start: ctx.fact.start - shift } });
      }
      break;
    }
  }
  return out;
}
