import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { listDecksForUser } from "@/lib/data/decks";
import { db } from "@/lib/db";
import { deckSearchSchema } from "@/lib/validations/deck";
import { DecksPageClient } from "./page-client";

export const metadata: Metadata = { title: "Decks" };

type DecksPageProps = { searchParams: Promise<{ q?: string | string[] }> };

export default async function DecksPage({ searchParams }: DecksPageProps) {
  const user = await requireUser("/decks");
  const raw = (await searchParams).q;
  const parsed = deckSearchSchema.safeParse({ q: Array.isArray(raw) ? raw[0] : raw });
  const query = parsed.success ? (parsed.data.q ?? "") : "";
  const decks = await listDecksForUser(db, { userId: user.id, query });
  return <DecksPageClient decks={decks} query={query} />;
}
