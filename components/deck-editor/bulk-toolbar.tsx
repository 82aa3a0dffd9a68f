"use client";

import { useId, useState } from "react";
import { KIND_LABEL } from "@/components/deck-question-list";
import { Button } from "@/components/ui/button";

/** Accept the N best questions not yet reviewed; discard every question of one kind. */
export function BulkToolbar({
  kinds,
  toReview,
  busy,
  onAcceptTop,
  onDiscardKind,
}: {
  kinds: string[];
  toReview: number;
  busy: boolean;
  onAcceptTop: (top: number) => void;
  onDiscardKind: (kind: string) => void;
}) {
  const id = useId();
  const [topText, setTopText] = useState(String(Math.min(10, Math.max(1, toReview))));
  const top = Math.max(1, Math.min(500, Math.floor(Number(topText)) || 1));
  const [kind, setKind] = useState(kinds[0] ?? "");
  return (
    <div className="flex flex-wrap items-end gap-4 rounded-lg border border-border bg-card p-3" role="group" aria-label="Bulk actions">
      <form
        className="flex items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          onAcceptTop(top);
        }}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-top`} className="text-xs font-medium">
            Best questions to accept
          </label>
          <input
            id={`${id}-top`}
            type="number"
            min={1}
            max={500}
            value={topText}
            onChange={(e) => setTopText(e.target.value)}
            className="min-h-10 w-20 rounded-md border border-border bg-bg px-2 text-sm"
          />
        </div>
        <Button type="submit" disabled={busy || toReview === 0}>
          Accept top {top}
        </Button>
      </form>
      <form
        className="flex items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (kind) onDiscardKind(kind);
        }}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-kind`} className="text-xs font-medium">
            Kind to discard
          </label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value)} className="min-h-10 rounded-md border border-border bg-bg px-2 text-sm">
            {kinds.map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k] ?? k}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary" disabled={busy || !kind}>
          Discard all of this kind
        </Button>
      </form>
    </div>
  );
}
