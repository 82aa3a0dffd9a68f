import type { FactContext } from "../facts";
import type { Item } from "../types";
import { datedEvents } from "./matching";
import { makeItem } from "./shared";

const MAX_EVENTS = 5;

/**
 * Timeline ordering of events anchored to dates. Dates at different precisions are only compared
 * when neither contains the other ("2025" does not order against "2025-08-15").
 */
export function orderingItems(facts: FactContext[]): Item[] {
  const events = datedEvents(facts).slice(0, MAX_EVENTS * 2);
  const usable = events.filter((a) => !events.some((b) => a !== b && (a.value.startsWith(b.value) || b.value.startsWith(a.value))));
  const chosen = usable.slice(0, MAX_EVENTS);
  if (chosen.length < 3 || !chosen[0]) return [];
  const sequence = chosen
    .slice()
    .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .map((e) => e.label);
  return [
    makeItem(chosen[0].ctx, "ordering", {
      prompt: "Put these events in chronological order, earliest first.",
      answer: sequence.join(" → "),
      sequence,
      rule: "order-events-by-date",
      score: 0.84,
      checks: [{ name: "distinct-dates", passed: true, hard: true }],
    }),
  ];
}
