"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";

export type ManualItemValues = { kind: "short_answer"; prompt: string; answer: string } | { kind: "mcq"; prompt: string; answer: string; distractors: string[] };

/** A question/answer card or a multiple-choice question written by hand (a fill-in-the-blank comes from selecting article text). */
export function AddItemForm({ busy, onAdd, onClose }: { busy: boolean; onAdd: (values: ManualItemValues) => Promise<boolean>; onClose: () => void }) {
  const id = useId();
  const [kind, setKind] = useState<"short_answer" | "mcq">("short_answer");
  const [prompt, setPrompt] = useState("");
  const [answer, setAnswer] = useState("");
  const [distractors, setDistractors] = useState(["", ""]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const values: ManualItemValues =
      kind === "mcq" ? { kind, prompt: prompt.trim(), answer: answer.trim(), distractors: distractors.map((d) => d.trim()).filter(Boolean) } : { kind, prompt: prompt.trim(), answer: answer.trim() };
    if (await onAdd(values)) {
      setPrompt("");
      setAnswer("");
      setDistractors(["", ""]);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-3 rounded-lg border border-primary bg-card p-4" aria-labelledby={`${id}-title`} onKeyDown={(e) => e.key === "Escape" && onClose()}>
      <h3 id={`${id}-title`} className="font-semibold">
        Add a question
      </h3>
      <fieldset className="flex gap-4 text-sm">
        <legend className="sr-only">Kind</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name={`${id}-kind`} checked={kind === "short_answer"} onChange={() => setKind("short_answer")} /> Question and answer
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name={`${id}-kind`} checked={kind === "mcq"} onChange={() => setKind("mcq")} /> Multiple choice
        </label>
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-prompt`} className="text-sm font-medium">
          Question
        </label>
        <textarea id={`${id}-prompt`} value={prompt} onChange={(e) => setPrompt(e.target.value)} rows={2} maxLength={1000} autoFocus className="rounded-md border border-border bg-bg px-3 py-2 text-sm" />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-answer`} className="text-sm font-medium">
          Answer
        </label>
        <input id={`${id}-answer`} value={answer} onChange={(e) => setAnswer(e.target.value)} maxLength={300} className="min-h-10 rounded-md border border-border bg-bg px-3 py-2 text-sm" />
      </div>
      {kind === "mcq" &&
        distractors.map((value, index) => (
          <div key={index} className="flex flex-col gap-1">
            <label htmlFor={`${id}-wrong-${index}`} className="text-sm font-medium">
              Wrong option {index + 1}
            </label>
            <input
              id={`${id}-wrong-${index}`}
              value={value}
              onChange={(e) => setDistractors((current) => current.map((d, i) => (i === index ? e.target.value : d)))}
              maxLength={300}
              className="min-h-10 rounded-md border border-border bg-bg px-3 py-2 text-sm"
            />
          </div>
        ))}
      {kind === "mcq" && distractors.length < 5 && (
        <Button variant="ghost" onClick={() => setDistractors((current) => [...current, ""])}>
          Add a wrong option
        </Button>
      )}
      <div className="flex gap-2">
        <Button type="submit" disabled={busy || !prompt.trim() || !answer.trim()}>
          Add question
        </Button>
        <Button variant="secondary" onClick={onClose}>
          Close
        </Button>
      </div>
    </form>
  );
}
