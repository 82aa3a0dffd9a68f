import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Deck as GeneratedDeck } from "@/lib/quizgen/types";

/**
 * Replaces a deck's facts and items with a generator result, in one batch transaction (no
 * interactive transaction: see DESIGN.md "Transactions").
 */
export async function replaceDeckContent(db: Db, { deckId, generated }: { deckId: string; generated: GeneratedDeck }) {
  const factIds = new Map(generated.facts.map((fact) => [fact.id, randomUUID()]));
  const entityById = new Map(generated.entities.map((entity) => [entity.id, entity]));

  const facts = generated.facts.map((fact, position) => ({
    id: factIds.get(fact.id)!,
    deckId,
    position,
    statement: fact.statement,
    sourceSentence: generated.sentences[fact.sentence]?.text ?? fact.statement,
    spanStart: fact.start,
    spanEnd: fact.end,
    entities: JSON.stringify(
      fact.entities.flatMap((id) => {
        const entity = entityById.get(id);
        return entity ? [{ type: entity.type, name: entity.name }] : [];
      }),
    ),
  }));

  const items = generated.items
    .filter((item) => factIds.has(item.fact))
    .map((item, position) => ({
      deckId,
      factId: factIds.get(item.fact)!,
      position,
      kind: item.kind,
      prompt: item.prompt,
      answer: item.answer,
      alternatives: JSON.stringify(item.alternatives ?? []),
      payload: JSON.stringify({
        options: item.options,
        truth: item.truth,
        pairs: item.pairs,
        sequence: item.sequence,
        synthetic: item.synthetic,
        genId: item.id,
      }),
      rule: item.rule,
      checks: JSON.stringify(item.checks),
      score: item.score,
    }));

  await db.$transaction([
    db.item.deleteMany({ where: { deckId } }),
    db.fact.deleteMany({ where: { deckId } }),
    db.fact.createMany({ data: facts }),
    db.item.createMany({ data: items }),
  ]);
  return { facts: facts.length, items: items.length };
}
