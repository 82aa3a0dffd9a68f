import Link from "next/link";
import type { DeckSummary } from "@/lib/data/decks";

export function DeckList({ decks }: { decks: DeckSummary[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {decks.map((deck) => (
        <li key={deck.id}>
          <Link
            href={`/decks/${deck.id}`}
            className="block h-full rounded-lg border border-border bg-card p-4 shadow-sm transition hover:border-primary"
          >
            <span className="flex items-start justify-between gap-2">
              <span className="font-medium">{deck.title}</span>
              {deck.isDemo && <span className="rounded bg-muted px-2 py-0.5 text-xs text-muted-fg">Demo</span>}
            </span>
            <span className="mt-1 block text-sm text-muted-fg">
              {deck.factCount} facts · {deck.itemCount} questions
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
