"use client";

import { clsx } from "clsx";
import { KIND_LABEL } from "@/components/deck-question-list";
import { Button } from "@/components/ui/button";
import { CheckList } from "./check-list";
import { STATUS_LABEL, type EditorItem } from "./editor-types";
import { ItemEditForm, type ItemEditValues } from "./item-edit-form";

const STATUS_STYLE: Record<string, string> = {
  GENERATED: "bg-muted text-fg",
  ACCEPTED: "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100",
  EDITED: "bg-indigo-100 text-indigo-900 dark:bg-indigo-950 dark:text-indigo-100",
  DISCARDED: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
};

export type ItemCardProps = {
  item: EditorItem;
  number: number;
  editing: boolean;
  busy: boolean;
  candidates: string[];
  onAccept: () => void;
  onDiscard: () => void;
  onRestore: () => void;
  onEdit: () => void;
  onCancelEdit: () => void;
  onSave: (values: ItemEditValues) => void;
};

/** One question with everything a teacher checks: kind, prompt, answer, options, checks; keys A/E/D/R act on the focused card. */
export function ItemCard({ item, number, editing, busy, candidates, onAccept, onDiscard, onRestore, onEdit, onCancelEdit, onSave }: ItemCardProps) {
  const discarded = item.status === "DISCARDED";
  const accepted = item.status === "ACCEPTED" || item.status === "EDITED";
  const kind = KIND_LABEL[item.kind] ?? item.kind;
  const name = `Question ${number}, ${kind}`;

  function onKeyDown(event: React.KeyboardEvent<HTMLElement>) {
    if (event.target !== event.currentTarget || event.metaKey || event.ctrlKey || event.altKey || busy) return;
    const key = event.key.toLowerCase();
    const action = { a: !discarded && !accepted ? onAccept : undefined, d: !discarded ? onDiscard : undefined, r: discarded ? onRestore : undefined, e: !discarded ? onEdit : undefined }[key];
    if (action) {
      event.preventDefault();
      action();
    }
  }

  return (
    <article
      tabIndex={0}
      aria-label={name}
      aria-keyshortcuts="A E D R"
      onKeyDown={onKeyDown}
      className={clsx("rounded-lg border border-border bg-card p-4 focus-visible:ring-2 focus-visible:ring-[var(--color-ring)]", discarded && "opacity-70")}
      data-status={item.status}
    >
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="font-semibold uppercase tracking-wide text-muted-fg">{kind}</span>
        <span className={clsx("rounded px-2 py-0.5 font-medium", STATUS_STYLE[item.status])}>{STATUS_LABEL[item.status] ?? item.status}</span>
        <span className="text-muted-fg" title="The generator's quality score">
          quality {Math.round(item.score * 100)}%
        </span>
        {item.rule === "manual" && <span className="text-muted-fg">written by hand</span>}
      </div>
      <p className={clsx("mt-2 font-medium", discarded && "line-through")}>{item.prompt}</p>
      {!editing && (
        <>
          {item.payload.options && (
            <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2" aria-label="Options">
              {item.payload.options.map((option) => {
                const right = option.toLowerCase() === item.answer.toLowerCase();
                return (
                  <li key={option} className={clsx("rounded border px-2 py-1", right ? "border-green-600 font-medium" : "border-border")}>
                    {right ? "✓ " : ""}
                    {option}
                    {right && <span className="sr-only"> (correct)</span>}
                  </li>
                );
              })}
            </ul>
          )}
          {item.payload.pairs && (
            <ul className="mt-2 space-y-1 text-sm" aria-label="Pairs">
              {item.payload.pairs.map((pair) => (
                <li key={pair.left}>
                  {pair.left} <span aria-hidden>→</span>
                  <span className="sr-only">matches</span> {pair.right}
                </li>
              ))}
            </ul>
          )}
          {item.payload.sequence && (
            <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm" aria-label="Correct order">
              {item.payload.sequence.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          )}
          {!item.payload.pairs && !item.payload.sequence && (
            <p className="mt-2 text-sm">
              <span className="font-medium">Answer:</span> {item.answer}
              {item.alternatives.length > 0 && <span className="text-muted-fg"> (also: {item.alternatives.join(", ")})</span>}
            </p>
          )}
          <CheckList checks={item.checks} itemLabel={name} />
        </>
      )}
      {editing ? (
        <ItemEditForm item={item} candidates={candidates} onSave={onSave} onCancel={onCancelEdit} saving={busy} />
      ) : (
        <div className="mt-3 flex flex-wrap gap-2">
          {discarded ? (
            <Button variant="secondary" onClick={onRestore} disabled={busy} aria-label={`Restore ${name}`}>
              Restore
            </Button>
          ) : (
            <>
              {!accepted && (
                <Button onClick={onAccept} disabled={busy} aria-label={`Accept ${name}`}>
                  Accept
                </Button>
              )}
              <Button variant="secondary" onClick={onEdit} disabled={busy} aria-label={`Edit ${name}`}>
                Edit
              </Button>
              <Button variant="ghost" className="text-danger" onClick={onDiscard} disabled={busy} aria-label={`Discard ${name}`}>
                Discard
              </Button>
            </>
          )}
        </div>
      )}
    </article>
  );
}
