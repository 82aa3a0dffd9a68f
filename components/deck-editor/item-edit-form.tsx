"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import type { EditorItem } from "./editor-types";

export type ItemEditValues = { prompt: string; answer: string; alternatives: string[]; options?: string[] };

/** Edits prompt, answer, alternatives and (multiple choice) options; a wrong option can be swapped for a candidate from the pool. */
export function ItemEditForm({
  item,
  candidates,
  onSave,
  onCancel,
  saving,
}: {
  item: EditorItem;
  candidates: string[];
  onSave: (values: ItemEditValues) => void;
  onCancel: () => void;
  saving: boolean;
}) {
  const id = useId();
  const [prompt, setPrompt] = useState(item.prompt);
  const [answer, setAnswer] = useState(item.answer);
  const [alternatives, setAlternatives] = useState((item.alternatives ?? []).join("\n"));
  const [options, setOptions] = useState<string[]>(item.payload.options ?? []);
  const isMcq = item.kind === "mcq";
  const answerLocked = item.kind === "matching" || item.kind === "ordering";

  function setOption(index: number, value: string) {
    setOptions((current) => current.map((option, i) => (i === index ? value : option)));
  }

  return (
    <form
      className="mt-3 space-y-3 rounded-md border border-border bg-bg p-3"
      aria-label="Edit question"
      onSubmit={(event) => {
        event.preventDefault();
        const alts = alternatives.split("\n").map((a) => a.trim()).filter(Boolean);
        onSave({ prompt: prompt.trim(), answer: answer.trim(), alternatives: alts, ...(isMcq && { options: options.map((o) => o.trim()).filter(Boolean) }) });
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-prompt`} className="text-sm font-medium">
          Prompt
        </label>
        <textarea id={`${id}-prompt`} value={prompt} onChange={(e) => setPrompt(e.target.value)} rows={3} maxLength={1000} autoFocus className="rounded-md border border-border bg-card px-3 py-2 text-sm" />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-answer`} className="text-sm font-medium">
          Answer
        </label>
        <input id={`${id}-answer`} value={answer} onChange={(e) => setAnswer(e.target.value)} maxLength={300} readOnly={answerLocked} className="min-h-10 rounded-md border border-border bg-card px-3 py-2 text-sm" />
      </div>
      {(item.kind === "cloze" || item.kind === "short_answer") && (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-alternatives`} className="text-sm font-medium">
            Also accept (one per line)
          </label>
          <textarea id={`${id}-alternatives`} value={alternatives} onChange={(e) => setAlternatives(e.target.value)} rows={2} className="rounded-md border border-border bg-card px-3 py-2 text-sm" />
        </div>
      )}
      {isMcq && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Options (the answer must be one of them)</legend>
          {options.map((option, index) => {
            const isAnswer = option.trim().toLowerCase() === answer.trim().toLowerCase();
            return (
              <div key={index} className="flex flex-wrap items-center gap-2">
                <input
                  aria-label={`Option ${index + 1}${isAnswer ? " (the answer)" : ""}`}
                  value={option}
                  onChange={(e) => setOption(index, e.target.value)}
                  maxLength={300}
                  className="min-h-10 min-w-48 flex-1 rounded-md border border-border bg-card px-3 py-2 text-sm"
                />
                {!isAnswer && candidates.length > 0 && (
                  <select
                    aria-label={`Replace option ${index + 1} with a candidate`}
                    value=""
                    onChange={(e) => e.target.value && setOption(index, e.target.value)}
                    className="min-h-10 max-w-56 rounded-md border border-border bg-card px-2 text-sm"
                  >
                    <option value="">Pick a distractor…</option>
                    {candidates.filter((c) => !options.includes(c)).map((candidate) => (
                      <option key={candidate} value={candidate}>
                        {candidate}
                      </option>
                    ))}
                  </select>
                )}
                {!isAnswer && options.length > 2 && (
                  <Button variant="ghost" onClick={() => setOptions((current) => current.filter((_, i) => i !== index))} aria-label={`Remove option ${index + 1}`}>
                    Remove
                  </Button>
                )}
              </div>
            );
          })}
          {options.length < 6 && (
            <Button variant="secondary" onClick={() => setOptions((current) => [...current, ""])}>
              Add an option
            </Button>
          )}
        </fieldset>
      )}
      <div className="flex gap-2">
        <Button type="submit" disabled={saving || !prompt.trim() || !answer.trim()}>
          {saving ? "Saving…" : "Save and re-check"}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
