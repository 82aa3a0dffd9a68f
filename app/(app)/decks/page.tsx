import type { Metadata } from "next";
import { DeckList } from "@/components/deck-list";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth";
import { listDecksForUser } from "@/lib/data/decks";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Decks" };

export default async function DecksPage() {
  const user = await requireUser("/decks");
  const decks = await listDecksForUser(db, { userId: user.id });
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Decks</h1>
      {decks.length > 0 ? (
        <DeckList decks={decks} />
      ) : (
        <EmptyState title="No decks yet">Decks built from articles, and decks shared with you, appear here.</EmptyState>
      )}
    </section>
  );
}
