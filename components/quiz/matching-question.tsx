"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import type { QuestionView } from "@/lib/data/quiz-items";
import type { QuestionProps } from "./types";

/** Each left-hand item gets a list of the right-hand ones: pairs are made by click or keyboard alike. */
export function MatchingQuestion({ question, disabled, onAnswer }: QuestionProps<QuestionView>) {
  const lefts = question.lefts ?? [];
  const rights = question.rights ?? [];
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const id = useId();
  const complete = lefts.every((left) => chosen[left]);
  const used = new Set(Object.values(chosen));

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (!disabled && complete) onAnswer({ type: "pairs", pairs: lefts.map((left) => ({ left, right: chosen[left]! })) });
      }}
    >
      <fieldset disabled={disabled} className="space-y-2">
        <legend className="sr-only">Match each item on the left with one on the right</legend>
        {lefts.map((left, index) => (
          <div key={left} className="grid items-center gap-2 rounded-md border border-border bg-card p-3 sm:grid-cols-2">
            <label htmlFor={`${id}-${index}`} className="font-medium">
              {left}
            </label>
            <select
              id={`${id}-${index}`}
              value={chosen[left] ?? ""}
              onChange={(event) => setChosen((current) => ({ ...current, [left]: event.target.value }))}
              className="min-h-10 rounded-md border border-border bg-bg px-2 py-2"
            >
              <option value="">Choose a match…</option>
              {rights.map((right) => (
                <option key={right} value={right}>
                  {right}
                  {used.has(right) && chosen[left] !== right ? " (used)" : ""}
                </option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
      {!disabled && (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={!complete}>
            Check answer
          </Button>
          <p className="text-xs text-muted-fg">Tab to each item and pick its match with the arrow keys.</p>
        </div>
      )}
    </form>
  );
}
