"use client";

import { useState } from "react";
import { setVisibilityAction } from "@/app/(app)/decks/actions";
import { Button } from "./ui/button";
import { FormAlert } from "./ui/form-alert";

const OPTIONS = [
  { value: "PRIVATE", label: "Private", hint: "Only you." },
  { value: "CLASSES", label: "My classes", hint: "Students in your classes (not archived ones)." },
  { value: "LINK", label: "Anyone with the link", hint: "Anyone signed in who has the link; read-only." },
] as const;

export function DeckVisibilityControl({ deckId, visibility }: { deckId: string; visibility: string }) {
  const [value, setValue] = useState(visibility);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  async function choose(next: string) {
    const previous = value;
    setValue(next);
    setSaving(true);
    setError(null);
    const result = await setVisibilityAction(deckId, next);
    setSaving(false);
    if (!result.ok) {
      setValue(previous);
      setError(result.message);
    }
  }

  async function copyLink() {
    await navigator.clipboard?.writeText(`${window.location.origin}/decks/${deckId}`).catch(() => undefined);
    setCopied(true);
  }

  return (
    <fieldset className="space-y-2 rounded-lg border border-border bg-card p-4" aria-busy={saving}>
      <legend className="px-1 text-sm font-semibold">Who can see this deck</legend>
      <div className="flex flex-wrap gap-4">
        {OPTIONS.map((option) => (
          <label key={option.value} className="flex items-start gap-2 text-sm">
            <input type="radio" name="visibility" value={option.value} checked={value === option.value} onChange={() => void choose(option.value)} className="mt-1" />
            <span>
              <span className="font-medium">{option.label}</span>
              <span className="block text-muted-fg">{option.hint}</span>
            </span>
          </label>
        ))}
      </div>
      {value === "LINK" && (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-muted-fg">Share this page&apos;s address.</span>
          <Button variant="secondary" onClick={copyLink}>
            {copied ? "Link copied" : "Copy link"}
          </Button>
        </div>
      )}
      <p role="status" className="sr-only">
        {saving ? "Saving…" : ""}
      </p>
      <FormAlert message={error} />
    </fieldset>
  );
}
