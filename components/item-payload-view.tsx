import type { ItemPayload } from "@/lib/data/item-payload";

/** The options, pairs or sequence of a question, as a teacher reviewing the deck sees them. */
export function ItemPayloadView({ payload }: { payload: ItemPayload }) {
  if (payload.options?.length) {
    return (
      <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
        {payload.options.map((option, index) => (
          <li key={index} className="rounded border border-border px-2 py-1">
            {option}
          </li>
        ))}
      </ul>
    );
  }
  if (payload.pairs?.length) {
    return (
      <ul className="mt-2 space-y-1 text-sm">
        {payload.pairs.map((pair, index) => (
          <li key={index}>
            {pair.left} <span aria-label="matches">→</span> {pair.right}
          </li>
        ))}
      </ul>
    );
  }
  if (payload.sequence?.length) {
    return (
      <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
        {payload.sequence.map((step, index) => (
          <li key={index}>{step}</li>
        ))}
      </ol>
    );
  }
  return null;
}
