import Link from "next/link";
import type { DeckSummary } from "@/lib/data/decks";

const VISIBILITY_LABEL: Record<string, string> = { PRIVATE: "Private", CLASSES: "My classes", LINK: "Link" };

/** Deck cards with their counts; `actions` renders per-deck controls (delete) for the owner. */
export function DeckList({ decks, actions }: { decks: DeckSummary[]; actions?: (deck: DeckSummary) => React.ReactNode }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {decks.map((deck) => (
        <li key={deck.id} className="flex h-full flex-col rounded-lg border border-border bg-card shadow-sm transition hover:border-primary">
          <Link href={`/decks/${deck.id}`} className="block flex-1 rounded-lg p-4">
            <span className="flex items-start justify-between gap-2">
              <span className="font-medium">{deck.title}</span>
              {deck.isDemo ? (
                <span className="rounded bg-muted px-2 py-0.5 text-xs text-muted-fg">Demo</span>
              ) : deck.isOwn ? (
                <span className="rounded bg-muted px-2 py-0.5 text-xs text-muted-fg">{VISIBILITY_LABEL[deck.visibility] ?? deck.visibility}</span>
              ) : (
                <span className="rounded bg-muted px-2 py-0.5 text-xs text-muted-fg">Shared with you</span>
              )}
            </span>
            <span className="mt-1 block text-sm text-muted-fg">
              {deck.factCount} facts · {deck.itemCount} questions · {deck.acceptedCount} accepted · {deck.dueCount} due
            </span>
          </Link>
          {actions && <div className="flex justify-end gap-1 px-2 pb-2">{actions(deck)}</div>}
        </li>
      ))}
    </ul>
  );
}
