"use client";

import { useRef, useState } from "react";
import { deleteDeckAction, deletionSummaryAction } from "@/app/(app)/decks/actions";
import type { DeletionSummary } from "@/lib/data/deck-owner";
import { Button } from "./ui/button";
import { FormAlert } from "./ui/form-alert";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Delete with a confirmation that says what goes with the deck. */
export function DeckDeleteButton({ deckId, title, onDeleted }: { deckId: string; title: string; onDeleted: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [summary, setSummary] = useState<DeletionSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);

  async function open() {
    setError(null);
    setSummary(null);
    dialog.current?.showModal();
    const result = await deletionSummaryAction(deckId);
    if (result.ok) setSummary(result.data);
    else setError(result.message);
  }

  async function confirm() {
    setDeleting(true);
    const result = await deleteDeckAction(deckId);
    setDeleting(false);
    if (!result.ok) return setError(result.message);
    dialog.current?.close();
    onDeleted();
  }

  return (
    <>
      <Button variant="ghost" className="text-danger" onClick={open} aria-label={`Delete ${title}`}>
        Delete
      </Button>
      <dialog ref={dialog} aria-labelledby={`delete-${deckId}-title`} className="m-auto max-w-md rounded-lg border border-border bg-card p-5 text-fg backdrop:bg-black/40">
        <h2 id={`delete-${deckId}-title`} className="text-lg font-semibold">
          Delete “{title}”?
        </h2>
        <div className="mt-2 space-y-2 text-sm">
          {summary ? (
            <>
              <p>This also deletes, for good:</p>
              <ul className="list-disc pl-5">
                <li>{plural(summary.facts, "fact")} and {plural(summary.items, "question")}</li>
                <li>the flashcard progress of {plural(summary.learners, "learner")}</li>
                <li>{plural(summary.quizAttempts, "quiz attempt")}</li>
                <li>{plural(summary.assignments, "class assignment")}</li>
              </ul>
            </>
          ) : (
            !error && <p>Counting what goes with it…</p>
          )}
          <FormAlert message={error} />
        </div>
        <div className="mt-4 flex justify-end gap-2">
          <Button variant="secondary" onClick={() => dialog.current?.close()} autoFocus>
            Keep it
          </Button>
          <Button variant="danger" onClick={confirm} disabled={!summary || deleting}>
            {deleting ? "Deleting…" : "Delete deck"}
          </Button>
        </div>
      </dialog>
    </>
  );
}
