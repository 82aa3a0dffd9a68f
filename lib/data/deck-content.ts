import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Deck as GeneratedDeck, Item as GeneratedItem } from "@/lib/quizgen/types";
import { parseItemPayload } from "./item-payload";

export const MANUAL_RULE = "manual";

export type StoredFact = { id: string; statement: string; sourceSentence: string; manual: boolean };
export type StoredItem = { id: string; factId: string; status: string; genId?: string };

type FactRow = { id: string; deckId: string; position: number; statement: string; sourceSentence: string; spanStart: number; spanEnd: number; entities: string };
type ItemRow = ReturnType<typeof itemRow>;

export type ContentPlan = {
  deleteFactIds: string[];
  updateFacts: FactRow[];
  createFacts: FactRow[];
  deleteItemIds: string[];
  updateItems: { id: string; position: number; refresh?: Omit<ItemRow, "deckId" | "factId" | "position"> }[];
  createItems: ItemRow[];
};

const factKey = (sentence: string, statement: string) => `${sentence.trim()}\u0000${statement.trim()}`;

function itemRow(deckId: string, factId: string, position: number, item: GeneratedItem) {
  return {
    deckId,
    factId,
    position,
    kind: item.kind,
    prompt: item.prompt,
    answer: item.answer,
    alternatives: JSON.stringify(item.alternatives ?? []),
    payload: JSON.stringify({ options: item.options, truth: item.truth, pairs: item.pairs, sequence: item.sequence, synthetic: item.synthetic, genId: item.id }),
    rule: item.rule,
    checks: JSON.stringify(item.checks),
    score: item.score,
  };
}

/**
 * What regeneration changes, as a pure plan. Facts whose sentence and statement survive keep
 * their ids (so learners' memory of them survives); items the teacher accepted, edited or
 * discarded on such facts are kept as they are; untouched generated items are replaced by the
 * new ranking; hand-written facts always stay (their span is found again in the new text).
 */
export function planContent({
  deckId,
  text,
  generated,
  oldFacts,
  oldItems,
  newId = randomUUID,
}: {
  deckId: string;
  text: string;
  generated: GeneratedDeck;
  oldFacts: StoredFact[];
  oldItems: StoredItem[];
  newId?: () => string;
}): ContentPlan {
  const unmatched = new Map<string, StoredFact>();
  for (const fact of oldFacts) if (!fact.manual) unmatched.set(factKey(fact.sourceSentence, fact.statement), fact);
  const entityById = new Map(generated.entities.map((entity) => [entity.id, entity]));
  const factIds = new Map<string, string>();
  const updateFacts: FactRow[] = [];
  const createFacts: FactRow[] = [];

  generated.facts.forEach((fact, position) => {
    const sourceSentence = generated.sentences[fact.sentence]?.text ?? fact.statement;
    const previous = unmatched.get(factKey(sourceSentence, fact.statement));
    if (previous) unmatched.delete(factKey(sourceSentence, fact.statement));
    const row: FactRow = {
      id: previous?.id ?? newId(),
      deckId,
      position,
      statement: fact.statement,
      sourceSentence,
      spanStart: fact.start,
      spanEnd: fact.end,
      entities: JSON.stringify(
        fact.entities.flatMap((id) => {
          const entity = entityById.get(id);
          return entity ? [{ type: entity.type, name: entity.name }] : [];
        }),
      ),
    };
    factIds.set(fact.id, row.id);
    (previous ? updateFacts : createFacts).push(row);
  });

  let position = generated.facts.length;
  for (const fact of oldFacts.filter((f) => f.manual)) {
    const at = text.indexOf(fact.sourceSentence);
    updateFacts.push({
      id: fact.id,
      deckId,
      position: position++,
      statement: fact.statement,
      sourceSentence: fact.sourceSentence,
      spanStart: at >= 0 ? at : 0,
      spanEnd: at >= 0 ? at + fact.sourceSentence.length : 0,
      entities: "[]",
    });
  }

  const keptFactIds = new Set([...updateFacts.map((f) => f.id)]);
  const oldByGenId = new Map(oldItems.filter((i) => i.genId && keptFactIds.has(i.factId)).map((i) => [`${i.factId}:${i.genId}`, i]));
  const updateItems: ContentPlan["updateItems"] = [];
  const createItems: ItemRow[] = [];
  const matchedOld = new Set<string>();

  generated.items.forEach((item, index) => {
    const factId = factIds.get(item.fact);
    if (!factId) return;
    const row = itemRow(deckId, factId, index, item);
    const previous = oldByGenId.get(`${factId}:${item.id}`);
    if (!previous) return void createItems.push(row);
    matchedOld.add(previous.id);
    const { deckId: _d, factId: _f, position: _p, ...content } = row;
    updateItems.push(previous.status === "GENERATED" ? { id: previous.id, position: index, refresh: content } : { id: previous.id, position: index });
  });

  const deleteItemIds: string[] = [];
  let tail = generated.items.length;
  for (const item of oldItems) {
    if (matchedOld.has(item.id) || !keptFactIds.has(item.factId)) continue;
    if (item.status === "GENERATED") deleteItemIds.push(item.id);
    else updateItems.push({ id: item.id, position: tail++ });
  }

  return { deleteFactIds: [...unmatched.values()].map((f) => f.id), updateFacts, createFacts, deleteItemIds, updateItems, createItems };
}

/** The facts and items of a deck as the planner needs them. */
export async function loadStoredContent(db: Db, deckId: string): Promise<{ oldFacts: StoredFact[]; oldItems: StoredItem[] }> {
  const [facts, items] = await Promise.all([
    db.fact.findMany({ where: { deckId }, select: { id: true, statement: true, sourceSentence: true, items: { select: { rule: true } } } }),
    db.item.findMany({ where: { deckId }, select: { id: true, factId: true, status: true, payload: true } }),
  ]);
  return {
    oldFacts: facts.map((f) => ({ id: f.id, statement: f.statement, sourceSentence: f.sourceSentence, manual: f.items.length > 0 && f.items.every((i) => i.rule === MANUAL_RULE) })),
    oldItems: items.map((i) => {
      const genId = parseItemPayload(i.payload).genId;
      return { id: i.id, factId: i.factId, status: i.status, ...(genId && { genId }) };
    }),
  };
}

/** Applies a plan in one batch transaction (no interactive transaction: DESIGN.md "Transactions"). */
export async function applyContentPlan(db: Db, plan: ContentPlan, before: Prisma.PrismaPromise<unknown>[] = []) {
  await db.$transaction([
    ...before,
    db.fact.deleteMany({ where: { id: { in: plan.deleteFactIds } } }),
    db.item.deleteMany({ where: { id: { in: plan.deleteItemIds } } }),
    ...plan.updateFacts.map(({ id, ...data }) => db.fact.update({ where: { id }, data })),
    db.fact.createMany({ data: plan.createFacts }),
    ...plan.updateItems.map(({ id, position, refresh }) => db.item.update({ where: { id }, data: { position, ...refresh } })),
    db.item.createMany({ data: plan.createItems }),
  ]);
}
