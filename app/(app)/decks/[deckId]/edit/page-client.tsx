"use client";

import { DeckEditor, type EditorActions } from "@/components/deck-editor/deck-editor";
import type { DeckEditorData } from "@/lib/data/deck-editor";
import { acceptTopAction, addManualItemAction, changeItemStatusAction, discardKindAction, editItemAction, regenerateAction, undoBulkAction } from "./actions";

const actions: EditorActions = {
  changeStatus: changeItemStatusAction,
  edit: editItemAction,
  acceptTop: acceptTopAction,
  discardKind: discardKindAction,
  undoBulk: undoBulkAction,
  addManual: addManualItemAction,
  regenerate: regenerateAction,
};

export function DeckEditorPageClient({ initial }: { initial: DeckEditorData }) {
  return <DeckEditor initial={initial} actions={actions} />;
}
