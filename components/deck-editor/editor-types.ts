import type { DeckEditorData, EditorEntity, EditorFact, EditorItem } from "@/lib/data/deck-editor";

export type { DeckEditorData, EditorEntity, EditorFact, EditorItem };

export type ItemFilter = "all" | "review" | "accepted" | "discarded";

export const STATUS_LABEL: Record<string, string> = { GENERATED: "To review", ACCEPTED: "Accepted", EDITED: "Edited", DISCARDED: "Discarded" };

export function matchesFilter(item: EditorItem, filter: ItemFilter): boolean {
  if (filter === "all") return true;
  if (filter === "review") return item.status === "GENERATED";
  if (filter === "accepted") return item.status === "ACCEPTED" || item.status === "EDITED";
  return item.status === "DISCARDED";
}

/** Facts with their items, best first: a fact ranks by its best item's score, items by score. */
export function groupByFact(facts: EditorFact[], items: EditorItem[]): { fact: EditorFact; items: EditorItem[]; best: number }[] {
  const byFact = new Map<string, EditorItem[]>();
  for (const item of items) byFact.set(item.factId, [...(byFact.get(item.factId) ?? []), item]);
  return facts
    .map((fact) => {
      const own = (byFact.get(fact.id) ?? []).sort((a, b) => b.score - a.score || a.position - b.position);
      // Ranked by score whatever the status, so accepting or discarding never reorders or renumbers the list.
      return { fact, items: own, best: own.reduce((max, item) => Math.max(max, item.score), 0) };
    })
    .filter((group) => group.items.length > 0)
    .sort((a, b) => b.best - a.best || a.fact.position - b.fact.position);
}

/** Candidate distractors for an item: entities of the answer's type (from the deck and the user's other decks), minus options already there. */
export function candidatesFor(item: EditorItem, fact: EditorFact | undefined, pool: EditorEntity[]): string[] {
  const answer = item.answer.toLowerCase();
  const typed = fact?.entities.find((e) => e.name.toLowerCase() === answer) ?? fact?.entities.find((e) => answer.includes(e.name.toLowerCase()) || e.name.toLowerCase().includes(answer));
  const taken = new Set([item.answer, ...(item.payload.options ?? [])].map((o) => o.toLowerCase()));
  return pool
    .filter((c) => (typed ? c.type === typed.type : true) && !taken.has(c.name.toLowerCase()))
    .map((c) => c.name)
    .slice(0, 200);
}
