import "server-only";
import type { Db } from "@/lib/db/client";
import { shuffleForAttempt } from "@/lib/grading/draw-quiz";
import type { GradableItem } from "@/lib/grading/grade-response";
import { parseItemPayload } from "./item-payload";

/** A question as the learner's browser receives it: never the answer, the truth, the key or the order. */
export type QuestionView = {
  itemId: string;
  kind: string;
  prompt: string;
  options?: string[];
  lefts?: string[];
  rights?: string[];
  steps?: string[];
};

export type QuizItemRow = GradableItem & {
  id: string;
  factId: string;
  sourceSentence: string;
  sentenceStart: number;
};

export function parseJsonArray(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((value): value is string => typeof value === "string") : [];
  } catch {
    return [];
  }
}

/** Items of an attempt, in the attempt's order; items deleted since the attempt began are left out. */
export async function loadQuizItems(db: Db, itemIds: string[]): Promise<QuizItemRow[]> {
  const rows = await db.item.findMany({
    where: { id: { in: itemIds } },
    select: {
      id: true,
      factId: true,
      kind: true,
      prompt: true,
      answer: true,
      alternatives: true,
      payload: true,
      fact: { select: { sourceSentence: true, spanStart: true } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return itemIds.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        id: row.id,
        factId: row.factId,
        kind: row.kind,
        prompt: row.prompt,
        answer: row.answer,
        alternatives: parseJsonArray(row.alternatives),
        payload: parseItemPayload(row.payload),
        sourceSentence: row.fact.sourceSentence,
        sentenceStart: row.fact.spanStart,
      },
    ];
  });
}

export function questionView(item: QuizItemRow, seed: number): QuestionView {
  const base = { itemId: item.id, kind: item.kind, prompt: item.prompt };
  switch (item.kind) {
    case "mcq":
      return { ...base, options: shuffleForAttempt(item.payload.options ?? [], seed, item.id) };
    case "matching": {
      const pairs = item.payload.pairs ?? [];
      return {
        ...base,
        lefts: shuffleForAttempt(pairs.map((pair) => pair.left), seed, `${item.id}:left`),
        rights: shuffleForAttempt(pairs.map((pair) => pair.right), seed, `${item.id}:right`),
      };
    }
    case "ordering":
      return { ...base, steps: shuffleForAttempt(item.payload.sequence ?? [], seed, item.id) };
    default:
      return base;
  }
}

/** Where the answer (else the longest alternative found) sits in its source sentence, for the highlight. */
export function answerSpan(sentence: string, [answer, ...alternatives]: readonly string[]): [number, number] | null {
  const folded = sentence.toLowerCase();
  for (const form of [answer ?? "", ...alternatives.toSorted((a, b) => b.length - a.length)]) {
    const needle = form.trim().toLowerCase();
    if (needle.length === 0) continue;
    const at = folded.indexOf(needle);
    if (at >= 0) return [at, at + needle.length];
  }
  return null;
}
