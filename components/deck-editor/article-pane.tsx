"use client";

import { clsx } from "clsx";
import { useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { segmentArticle } from "@/lib/articles/segments";
import type { EditorFact } from "./editor-types";

type Segment = { start: number; end: number; fact?: EditorFact; ordinal?: number };

function segmentsOf(text: string, facts: EditorFact[]): Segment[] {
  let ordinal = 0;
  return segmentArticle(text, facts).map(({ start, end, span }) => (span ? { start, end, fact: span, ordinal: ordinal++ } : { start, end }));
}

/** Character offset in the article of a DOM position inside a rendered segment. */
function offsetOf(node: Node | null, offset: number): number | null {
  const element = node instanceof Element ? node : node?.parentElement;
  const segment = element?.closest<HTMLElement>("[data-start]");
  if (!segment) return null;
  return Number(segment.dataset.start) + (node instanceof Text ? offset : 0);
}

export type ArticleSelection = { start: number; end: number; text: string };

/** The article with each fact's sentence highlighted (click or Enter to show its questions); selecting text offers a fill-in-the-blank. */
export function ArticlePane({
  text,
  facts,
  selectedFactId,
  onSelectFact,
  onMakeCloze,
  factLabel,
}: {
  text: string;
  facts: EditorFact[];
  selectedFactId: string | null;
  onSelectFact: (factId: string) => void;
  onMakeCloze: (selection: ArticleSelection) => void;
  factLabel: (fact: EditorFact) => string;
}) {
  const segments = useMemo(() => segmentsOf(text, facts), [text, facts]);
  const container = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<ArticleSelection | null>(null);
  const factIds = useMemo(() => segments.flatMap((segment) => (segment.fact ? [segment.fact.id] : [])), [segments]);
  const [focusedFactId, setFocusedFactId] = useState<string | null>(null);
  // One tab stop for all the sentences (roving tabindex): the one last focused, else the selected one, else the first.
  const tabStop = [focusedFactId, selectedFactId].find((id) => id !== null && factIds.includes(id)) ?? factIds[0];

  function moveFocus(from: string, key: string): boolean {
    const index = factIds.indexOf(from);
    const target = { ArrowDown: index + 1, ArrowRight: index + 1, ArrowUp: index - 1, ArrowLeft: index - 1, Home: 0, End: factIds.length - 1 }[key];
    if (target === undefined) return false;
    const id = factIds[Math.min(Math.max(target, 0), factIds.length - 1)]!;
    // The sentence's onFocus records it as the tab stop.
    container.current?.querySelector<HTMLElement>(`[data-fact-id="${CSS.escape(id)}"]`)?.focus();
    return true;
  }

  function readSelection() {
    const current = window.getSelection();
    if (!current || current.isCollapsed || !container.current?.contains(current.anchorNode) || !container.current.contains(current.focusNode)) {
      setSelection(null);
      return;
    }
    const a = offsetOf(current.anchorNode, current.anchorOffset);
    const b = offsetOf(current.focusNode, current.focusOffset);
    if (a === null || b === null || a === b) return setSelection(null);
    const [start, end] = a < b ? [a, b] : [b, a];
    const selected = text.slice(start, end);
    if (selected.trim()) setSelection({ start, end, text: selected.trim() });
  }

  return (
    <div className="space-y-3">
      <div aria-live="polite" className="min-h-10">
        {selection ? (
          <div className="flex flex-wrap items-center gap-2 rounded-md border border-primary bg-card p-2 text-sm">
            <span>
              Selected: <q className="font-medium">{selection.text.length > 60 ? `${selection.text.slice(0, 60)}…` : selection.text}</q>
            </span>
            <Button
              onClick={() => {
                onMakeCloze(selection);
                setSelection(null);
                window.getSelection()?.removeAllRanges();
              }}
            >
              Make a fill-in-the-blank
            </Button>
          </div>
        ) : (
          <p id="article-pane-hint" className="text-sm text-muted-fg">
            Highlighted sentences gave facts: click one, or Tab to them and move with the arrow keys, to show its questions. Select a word
            or phrase to blank it out yourself.
          </p>
        )}
      </div>
      <div ref={container} onMouseUp={readSelection} onKeyUp={readSelection} className="whitespace-pre-wrap rounded-lg border border-border bg-card p-4 leading-relaxed">
        {segments.map((segment) =>
          segment.fact ? (
            <mark
              key={segment.start}
              data-start={segment.start}
              data-fact-id={segment.fact.id}
              role="button"
              tabIndex={segment.fact.id === tabStop ? 0 : -1}
              aria-pressed={segment.fact.id === selectedFactId}
              aria-describedby={selection ? undefined : "article-pane-hint"}
              title={factLabel(segment.fact)}
              onClick={() => onSelectFact(segment.fact!.id)}
              onFocus={() => setFocusedFactId(segment.fact!.id)}
              onKeyDown={(event) => {
                if (event.key === "Enter" || event.key === " ") {
                  event.preventDefault();
                  onSelectFact(segment.fact!.id);
                } else if (!event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey && moveFocus(segment.fact!.id, event.key)) {
                  event.preventDefault();
                }
              }}
              className={clsx(
                "cursor-pointer rounded-sm px-0.5 text-fg",
                segment.fact.id === selectedFactId
                  ? "bg-amber-300 ring-2 ring-amber-600 dark:bg-amber-700"
                  : // neighbouring facts alternate tints, so a reader sees where one sentence's fact ends
                    (segment.ordinal ?? 0) % 2 === 0
                    ? "bg-amber-100 hover:bg-amber-200 dark:bg-amber-900/60"
                    : "bg-sky-100 hover:bg-sky-200 dark:bg-sky-900/60",
              )}
            >
              {text.slice(segment.start, segment.end)}
            </mark>
          ) : (
            <span key={segment.start} data-start={segment.start}>
              {text.slice(segment.start, segment.end)}
            </span>
          ),
        )}
      </div>
    </div>
  );
}
