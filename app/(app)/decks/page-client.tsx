"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { DeckDeleteButton } from "@/components/deck-delete-button";
import { DeckList } from "@/components/deck-list";
import { Button, buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { DeckSummary } from "@/lib/data/decks";

export function DecksPageClient({ decks, query }: { decks: DeckSummary[]; query: string }) {
  const router = useRouter();
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Decks</h1>
        <Link href="/decks/new" className={buttonClasses("primary")}>
          New deck
        </Link>
      </div>
      <form role="search" action="/decks" className="flex max-w-md gap-2">
        <label htmlFor="deck-search" className="sr-only">
          Search decks by title
        </label>
        <input
          id="deck-search"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={100}
          placeholder="Search by title"
          className="min-h-10 flex-1 rounded-md border border-border bg-bg px-3 py-2 text-sm"
        />
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
      {decks.length > 0 ? (
        <DeckList
          decks={decks}
          actions={(deck) =>
            deck.isOwn ? (
              <>
                <Link href={`/decks/${deck.id}/edit`} className={buttonClasses("ghost")} aria-label={`Edit ${deck.title}`}>
                  Edit
                </Link>
                <DeckDeleteButton deckId={deck.id} title={deck.title} onDeleted={() => router.refresh()} />
              </>
            ) : null
          }
        />
      ) : query ? (
        <EmptyState title={`No deck titles contain “${query}”`} action={<Link href="/decks" className={buttonClasses("secondary")}>Show all decks</Link>}>
          Try a shorter word.
        </EmptyState>
      ) : (
        <EmptyState title="No decks yet" action={<Link href="/decks/new" className={buttonClasses("primary")}>New deck</Link>}>
          Make one from an article, or open a deck someone shared with you.
        </EmptyState>
      )}
    </section>
  );
}
