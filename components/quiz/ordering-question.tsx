"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import type { QuestionView } from "@/lib/data/quiz-items";
import type { QuestionProps } from "./types";

function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = list.slice();
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** Reordering by buttons, or by Alt+Arrow keys on a focused row; never drag-only. */
export function OrderingQuestion({ question, disabled, onAnswer }: QuestionProps<QuestionView>) {
  const [steps, setSteps] = useState(question.steps ?? []);
  const [announcement, setAnnouncement] = useState("");
  const rows = useRef(new Map<string, HTMLLIElement>());
  const focusAfterMove = useRef<{ step: string; on: "row" | "up" | "down" } | null>(null);

  useEffect(() => {
    const target = focusAfterMove.current;
    focusAfterMove.current = null;
    if (!target) return;
    const row = rows.current.get(target.step);
    // moving a row can blur its button; keep focus on it, or on the row at either end
    const button = target.on === "row" ? null : row?.querySelector<HTMLButtonElement>(`[data-move="${target.on}"]:not(:disabled)`);
    (button ?? row)?.focus();
  }, [steps]);

  function move(index: number, by: -1 | 1, keepFocusOnRow: boolean) {
    const to = index + by;
    if (disabled || to < 0 || to >= steps.length) return;
    const step = steps[index]!;
    focusAfterMove.current = { step, on: keepFocusOnRow ? "row" : by < 0 ? "up" : "down" };
    setSteps(moved(steps, index, to));
    setAnnouncement(`${step}: now ${to + 1} of ${steps.length}.`);
  }

  function onRowKeyDown(event: KeyboardEvent<HTMLLIElement>, index: number) {
    if (event.target !== event.currentTarget) return;
    const by = event.key === "ArrowUp" ? -1 : event.key === "ArrowDown" ? 1 : 0;
    if (by === 0) return;
    event.preventDefault();
    if (event.altKey) move(index, by, true);
    else rows.current.get(steps[index + by] ?? "")?.focus();
  }

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (!disabled) onAnswer({ type: "sequence", sequence: steps });
      }}
    >
      <ol aria-label="Events, earliest first" className="space-y-2">
        {steps.map((step, index) => (
          <li
            key={step}
            ref={(element) => {
              if (element) rows.current.set(step, element);
              else rows.current.delete(step);
            }}
            tabIndex={disabled ? -1 : 0}
            aria-label={`${index + 1}. ${step}`}
            aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
            onKeyDown={(event) => onRowKeyDown(event, index)}
            className="flex items-center gap-3 rounded-md border border-border bg-card p-2 pl-3"
          >
            <span aria-hidden="true" className="w-5 text-sm text-muted-fg">
              {index + 1}.
            </span>
            <span className="flex-1">{step}</span>
            {!disabled && (
              <span className="flex gap-1">
                <Button variant="ghost" className="px-2" data-move="up" aria-label={`Move “${step}” up`} disabled={index === 0} onClick={() => move(index, -1, false)}>
                  <ArrowUp aria-hidden="true" className="size-4" />
                </Button>
                <Button variant="ghost" className="px-2" data-move="down" aria-label={`Move “${step}” down`} disabled={index === steps.length - 1} onClick={() => move(index, 1, false)}>
                  <ArrowDown aria-hidden="true" className="size-4" />
                </Button>
              </span>
            )}
          </li>
        ))}
      </ol>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {!disabled && (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit">Check order</Button>
          <p className="text-xs text-muted-fg">Alt+↑ / Alt+↓ on a row moves it; ↑ / ↓ move between rows.</p>
        </div>
      )}
    </form>
  );
}
