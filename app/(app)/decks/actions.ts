"use server";

import { revalidatePath } from "next/cache";
import { copyDeck, deckDeletionSummary, deleteDeck, setDeckVisibility, type DeletionSummary } from "@/lib/data/deck-owner";
import { db } from "@/lib/db";
import { deckVisibilitySchema } from "@/lib/validations/deck";
import { idSchema } from "@/lib/validations/ids";
import { invalidRequest as invalid, runDeckAction as run, type DeckActionResult } from "./action-result";

export async function setVisibilityAction(deckId: unknown, visibility: unknown): Promise<DeckActionResult> {
  const id = idSchema.safeParse(deckId);
  const value = deckVisibilitySchema.safeParse(visibility);
  if (!id.success || !value.success) return invalid;
  return run(async (userId) => {
    await setDeckVisibility(db, { userId, deckId: id.data, visibility: value.data });
    revalidatePath(`/decks/${id.data}`);
    return undefined;
  });
}

export async function deletionSummaryAction(deckId: unknown): Promise<DeckActionResult<DeletionSummary>> {
  const id = idSchema.safeParse(deckId);
  if (!id.success) return invalid;
  return run((userId) => deckDeletionSummary(db, { userId, deckId: id.data }));
}

export async function deleteDeckAction(deckId: unknown): Promise<DeckActionResult> {
  const id = idSchema.safeParse(deckId);
  if (!id.success) return invalid;
  return run(async (userId) => {
    await deleteDeck(db, { userId, deckId: id.data });
    revalidatePath("/decks");
    return undefined;
  });
}

export async function copyDeckAction(deckId: unknown): Promise<DeckActionResult<{ deckId: string }>> {
  const id = idSchema.safeParse(deckId);
  if (!id.success) return invalid;
  return run((userId) => copyDeck(db, { userId, deckId: id.data }));
}
