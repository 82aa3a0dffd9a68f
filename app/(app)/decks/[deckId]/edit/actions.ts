"use server";

import { z } from "zod";
import { updateArticleAndRegenerate, type GenerationResult } from "@/lib/data/deck-create";
import {
  acceptTopItems,
  addManualItem,
  changeItemStatus,
  discardItemsOfKind,
  editItem,
  getDeckEditor,
  setItemsStatus,
  type DeckEditorData,
  type EditorFact,
  type EditorItem,
} from "@/lib/data/deck-editor";
import { db } from "@/lib/db";
import { articleEditSchema, bulkAcceptSchema, discardKindSchema, itemEditSchema, itemStatusChangeSchema, manualItemSchema } from "@/lib/validations/deck";
import { idSchema } from "@/lib/validations/ids";
import { runDeckAction, type DeckActionResult } from "../../action-result";

function invalid(error: z.ZodError): { ok: false; message: string } {
  return { ok: false, message: error.issues[0]?.message ?? "That request is not valid." };
}

export async function editItemAction(input: unknown): Promise<DeckActionResult<EditorItem>> {
  const parsed = itemEditSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return runDeckAction((userId) => editItem(db, { userId, edit: parsed.data }));
}

export async function changeItemStatusAction(input: unknown): Promise<DeckActionResult<EditorItem>> {
  const parsed = itemStatusChangeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return runDeckAction((userId) => changeItemStatus(db, { userId, ...parsed.data }));
}

export async function acceptTopAction(input: unknown): Promise<DeckActionResult<string[]>> {
  const parsed = bulkAcceptSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return runDeckAction((userId) => acceptTopItems(db, { userId, ...parsed.data }));
}

export async function discardKindAction(input: unknown): Promise<DeckActionResult<string[]>> {
  const parsed = discardKindSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return runDeckAction((userId) => discardItemsOfKind(db, { userId, ...parsed.data }));
}

const undoSchema = z.object({ deckId: idSchema, itemIds: z.array(idSchema).max(1000), status: z.enum(["GENERATED", "ACCEPTED"]) });

export async function undoBulkAction(input: unknown): Promise<DeckActionResult> {
  const parsed = undoSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return runDeckAction(async (userId) => {
    await setItemsStatus(db, { userId, ...parsed.data });
    return undefined;
  });
}

export async function addManualItemAction(input: unknown): Promise<DeckActionResult<{ fact: EditorFact; item: EditorItem }>> {
  const parsed = manualItemSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return runDeckAction((userId) => addManualItem(db, { userId, input: parsed.data }));
}

export async function regenerateAction(input: unknown): Promise<DeckActionResult<{ result: GenerationResult; editor: DeckEditorData }>> {
  const parsed = articleEditSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { deckId, ...article } = parsed.data;
  return runDeckAction(async (userId) => {
    const result = await updateArticleAndRegenerate(db, { userId, deckId, article });
    return { result, editor: await getDeckEditor(db, { userId, deckId }) };
  });
}
