import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { splitSentences } from "@/lib/quizgen/sentences";
import type { CheckResult } from "@/lib/quizgen/types";
import type { ItemEdit, ManualItem } from "@/lib/validations/deck";
import { distractorBankForUser } from "./deck-bank";
import { MANUAL_RULE } from "./deck-content";
import { recheckItem } from "./deck-item-checks";
import { requireOwnedDeck } from "./deck-owner";
import { parseItemPayload, type ItemPayload } from "./item-payload";

export type EditorEntity = { type: string; name: string };
export type EditorFact = { id: string; position: number; statement: string; sourceSentence: string; spanStart: number; spanEnd: number; entities: EditorEntity[]; manual: boolean };
export type EditorItem = {
  id: string;
  factId: string;
  position: number;
  kind: string;
  prompt: string;
  answer: string;
  alternatives: string[];
  payload: ItemPayload;
  rule: string;
  score: number;
  checks: CheckResult[];
  status: string;
};
export type DeckEditorData = {
  deck: { id: string; title: string; visibility: string };
  article: { title: string; text: string; publishedAt: string };
  facts: EditorFact[];
  items: EditorItem[];
  candidates: EditorEntity[];
};

function parseJson<T>(json: string, fallback: T): T {
  try {
    return (JSON.parse(json) as T) ?? fallback;
  } catch {
    return fallback;
  }
}

const ITEM_SELECT = {
  id: true,
  factId: true,
  position: true,
  kind: true,
  prompt: true,
  answer: true,
  alternatives: true,
  payload: true,
  rule: true,
  score: true,
  checks: true,
  status: true,
} as const;

type ItemRow = { id: string; factId: string; position: number; kind: string; prompt: string; answer: string; alternatives: string; payload: string; rule: string; score: number; checks: string; status: string };

function toEditorItem(row: ItemRow): EditorItem {
  return {
    ...row,
    alternatives: parseJson<string[]>(row.alternatives, []),
    payload: parseItemPayload(row.payload),
    checks: parseJson<CheckResult[]>(row.checks, []),
  };
}

/** Everything the owner's editor shows, answers included. Owner only. */
export async function getDeckEditor(db: Db, { userId, deckId }: { userId: string; deckId: string }): Promise<DeckEditorData> {
  const deck = await requireOwnedDeck(db, { userId, deckId });
  const [article, facts, items, bank] = await Promise.all([
    deck.articleId ? db.article.findUnique({ where: { id: deck.articleId }, select: { title: true, text: true, publishedAt: true } }) : null,
    db.fact.findMany({ where: { deckId }, orderBy: { position: "asc" }, include: { items: { select: { rule: true } } } }),
    db.item.findMany({ where: { deckId }, orderBy: { position: "asc" }, select: ITEM_SELECT }),
    distractorBankForUser(db, { userId, exceptDeckId: deckId }),
  ]);
  const editorFacts = facts.map((f) => ({
    id: f.id,
    position: f.position,
    statement: f.statement,
    sourceSentence: f.sourceSentence,
    spanStart: f.spanStart,
    spanEnd: f.spanEnd,
    entities: parseJson<EditorEntity[]>(f.entities, []),
    manual: f.items.length > 0 && f.items.every((i) => i.rule === MANUAL_RULE),
  }));
  const seen = new Set<string>();
  const candidates: EditorEntity[] = [];
  for (const entity of [...editorFacts.flatMap((f) => f.entities), ...bank]) {
    const key = `${entity.type}:${entity.name.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    candidates.push({ type: entity.type, name: entity.name });
  }
  return {
    deck: { id: deck.id, title: deck.title, visibility: deck.visibility },
    article: {
      title: article?.title ?? deck.title,
      text: article?.text ?? "",
      publishedAt: (article?.publishedAt ?? new Date()).toISOString().slice(0, 10),
    },
    facts: editorFacts,
    items: items.map(toEditorItem),
    candidates: candidates.slice(0, 1_500),
  };
}

/** The item with its deck, when the user owns the deck; NOT_FOUND / FORBIDDEN otherwise. */
async function requireOwnedItem(db: Db, { userId, itemId }: { userId: string; itemId: string }) {
  const item = await db.item.findUnique({ where: { id: itemId }, select: { ...ITEM_SELECT, deckId: true, fact: { select: { sourceSentence: true } } } });
  if (!item) throw new AppError("NOT_FOUND", "This question no longer exists. Reload the editor.");
  await requireOwnedDeck(db, { userId, deckId: item.deckId });
  return item;
}

/** Saves a teacher's edit and re-checks the item; the result carries the warnings. */
export async function editItem(db: Db, { userId, edit }: { userId: string; edit: ItemEdit }): Promise<EditorItem> {
  const item = await requireOwnedItem(db, { userId, itemId: edit.itemId });
  const payload = parseItemPayload(item.payload);
  if (edit.options && item.kind !== "mcq") throw new AppError("INVALID_INPUT", "Only multiple-choice questions have options to edit.");
  const options = item.kind === "mcq" ? (edit.options ?? payload.options ?? []) : undefined;
  const checks = recheckItem({
    kind: item.kind,
    prompt: edit.prompt,
    answer: edit.answer,
    alternatives: edit.alternatives,
    ...(options && { options }),
    sourceSentence: item.fact.sourceSentence,
  });
  const nextPayload: ItemPayload = { ...payload, ...(options && { options }), ...(item.kind === "true_false" && { truth: /^true$/i.test(edit.answer) }), edited: true };
  const updated = await db.item.update({
    where: { id: item.id },
    data: {
      prompt: edit.prompt,
      answer: edit.answer,
      alternatives: JSON.stringify(edit.alternatives),
      payload: JSON.stringify(nextPayload),
      checks: JSON.stringify(checks),
      status: "EDITED",
    },
    select: ITEM_SELECT,
  });
  return toEditorItem(updated);
}

function nextStatus(action: "accept" | "discard" | "restore", item: { status: string; payload: string }): string {
  const edited = parseItemPayload(item.payload).edited === true;
  if (action === "discard") return "DISCARDED";
  if (action === "accept") return edited ? "EDITED" : "ACCEPTED";
  return edited ? "EDITED" : "GENERATED";
}

export async function changeItemStatus(db: Db, { userId, itemId, action }: { userId: string; itemId: string; action: "accept" | "discard" | "restore" }): Promise<EditorItem> {
  const item = await requireOwnedItem(db, { userId, itemId });
  const updated = await db.item.update({ where: { id: item.id }, data: { status: nextStatus(action, item) }, select: ITEM_SELECT });
  return toEditorItem(updated);
}

/** Accepts the N best-scoring items not yet reviewed; returns the ids changed (for undo). */
export async function acceptTopItems(db: Db, { userId, deckId, top }: { userId: string; deckId: string; top: number }): Promise<string[]> {
  await requireOwnedDeck(db, { userId, deckId });
  const best = await db.item.findMany({ where: { deckId, status: "GENERATED" }, orderBy: [{ score: "desc" }, { position: "asc" }], take: top, select: { id: true } });
  const ids = best.map((item) => item.id);
  await db.item.updateMany({ where: { id: { in: ids }, deckId }, data: { status: "ACCEPTED" } });
  return ids;
}

/** Discards every live item of one kind; returns the ids changed (for undo). */
export async function discardItemsOfKind(db: Db, { userId, deckId, kind }: { userId: string; deckId: string; kind: string }): Promise<string[]> {
  await requireOwnedDeck(db, { userId, deckId });
  const items = await db.item.findMany({ where: { deckId, kind, status: { not: "DISCARDED" } }, select: { id: true } });
  const ids = items.map((item) => item.id);
  await db.item.updateMany({ where: { id: { in: ids }, deckId }, data: { status: "DISCARDED" } });
  return ids;
}

/** Undo of a bulk action: puts the listed items of the deck back to the given status. */
export async function setItemsStatus(db: Db, { userId, deckId, itemIds, status }: { userId: string; deckId: string; itemIds: string[]; status: "GENERATED" | "ACCEPTED" }) {
  await requireOwnedDeck(db, { userId, deckId });
  await db.item.updateMany({ where: { id: { in: itemIds.slice(0, 1000) }, deckId }, data: { status } });
}

function seededOrder(values: string[], key: string): string[] {
  let state = [...key].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0, 2166136261);
  return values
    .map((value) => ({ value, rank: (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) }))
    .sort((a, b) => a.rank - b.rank)
    .map((entry) => entry.value);
}

/**
 * Adds a hand-written item on a fact of its own: a cloze from a selection in the article (the
 * sentence around it becomes the fact), a question/answer card, or a multiple-choice item.
 */
export async function addManualItem(db: Db, { userId, input }: { userId: string; input: ManualItem }): Promise<{ fact: EditorFact; item: EditorItem }> {
  const deck = await requireOwnedDeck(db, { userId, deckId: input.deckId });
  const last = await db.item.findFirst({ where: { deckId: deck.id }, orderBy: { position: "desc" }, select: { position: true } });
  const factCount = await db.fact.count({ where: { deckId: deck.id } });
  let fact: { statement: string; sourceSentence: string; spanStart: number; spanEnd: number };
  let item: { kind: string; prompt: string; answer: string; options?: string[] };

  if (input.kind === "cloze") {
    const article = deck.articleId ? await db.article.findUnique({ where: { id: deck.articleId }, select: { text: true, title: true } }) : null;
    const text = article?.text ?? "";
    if (input.end <= input.start || input.end > text.length) throw new AppError("INVALID_INPUT", "Select a word or phrase inside the article.");
    const raw = text.slice(input.start, input.end);
    const answer = raw.trim();
    if (!answer || answer.length > 200) throw new AppError("INVALID_INPUT", "Select a word or short phrase (up to 200 characters) to blank out.");
    const start = input.start + raw.indexOf(answer);
    const end = start + answer.length;
    const sentence = splitSentences(text, article?.title ?? "").find((s) => s.start <= start && end <= s.end);
    if (!sentence) throw new AppError("INVALID_INPUT", "Select text within one sentence.");
    const prompt = `${text.slice(sentence.start, start)}_____${text.slice(end, sentence.end)}`;
    fact = { statement: sentence.text, sourceSentence: sentence.text, spanStart: sentence.start, spanEnd: sentence.end };
    item = { kind: "cloze", prompt, answer };
  } else {
    fact = { statement: `${input.prompt} — ${input.answer}`, sourceSentence: "", spanStart: 0, spanEnd: 0 };
    item =
      input.kind === "mcq"
        ? { kind: "mcq", prompt: input.prompt, answer: input.answer, options: seededOrder([input.answer, ...input.distractors], input.prompt) }
        : { kind: "short_answer", prompt: input.prompt, answer: input.answer };
  }
  const checks = recheckItem({ ...item, alternatives: [], sourceSentence: fact.sourceSentence });
  const created = await db.fact.create({
    data: {
      deckId: deck.id,
      position: factCount,
      ...fact,
      items: {
        create: {
          deckId: deck.id,
          position: (last?.position ?? -1) + 1,
          kind: item.kind,
          prompt: item.prompt,
          answer: item.answer,
          payload: JSON.stringify({ ...(item.options && { options: item.options }), edited: true }),
          rule: MANUAL_RULE,
          checks: JSON.stringify(checks),
          score: 1,
          status: "ACCEPTED",
        },
      },
    },
    include: { items: { select: ITEM_SELECT } },
  });
  return {
    fact: { id: created.id, position: created.position, statement: created.statement, sourceSentence: created.sourceSentence, spanStart: created.spanStart, spanEnd: created.spanEnd, entities: [], manual: true },
    item: toEditorItem(created.items[0]!),
  };
}
