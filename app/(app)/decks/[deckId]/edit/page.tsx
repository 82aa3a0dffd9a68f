import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { getDeckEditor } from "@/lib/data/deck-editor";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { idSchema } from "@/lib/validations/ids";
import { DeckEditorPageClient } from "./page-client";

export const metadata: Metadata = { title: "Edit deck" };

type EditDeckPageProps = { params: Promise<{ deckId: string }> };

/** Owner only: anyone else gets the not-found page (a reader is not told the editor exists). */
export default async function EditDeckPage({ params }: EditDeckPageProps) {
  const { deckId } = await params;
  const user = await requireUser(`/decks/${encodeURIComponent(deckId)}/edit`);
  if (!idSchema.safeParse(deckId).success) notFound();
  try {
    return <DeckEditorPageClient initial={await getDeckEditor(db, { userId: user.id, deckId })} />;
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}
