import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSessionUser, requireUser } from "@/lib/auth";
import { getDeckOverview } from "@/lib/data/deck-overview";
import { getReadableDeck } from "@/lib/data/decks";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { idSchema } from "@/lib/validations/ids";
import { DeckPageClient } from "./page-client";

type DeckPageProps = { params: Promise<{ deckId: string }> };

export async function generateMetadata({ params }: DeckPageProps): Promise<Metadata> {
  const { deckId } = await params;
  const user = await getSessionUser();
  if (!user || !idSchema.safeParse(deckId).success) return { title: "Deck" };
  const deck = await getReadableDeck(db, { userId: user.id, deckId }).catch(() => null);
  return { title: deck?.title ?? "Deck" };
}

export default async function DeckPage({ params }: DeckPageProps) {
  const { deckId } = await params;
  const user = await requireUser(`/decks/${encodeURIComponent(deckId)}`);
  if (!idSchema.safeParse(deckId).success) notFound();
  try {
    return <DeckPageClient overview={await getDeckOverview(db, { userId: user.id, deckId })} />;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
