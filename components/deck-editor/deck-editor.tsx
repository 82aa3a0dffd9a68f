"use client";

import Link from "next/link";
import { useMemo, useRef, useState } from "react";
import { KIND_LABEL } from "@/components/deck-question-list";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { AddItemForm, type ManualItemValues } from "./add-item-form";
import { ArticleEditForm, type ArticleValues } from "./article-edit-form";
import { ArticlePane, type ArticleSelection } from "./article-pane";
import { BulkToolbar } from "./bulk-toolbar";
import { candidatesFor, groupByFact, matchesFilter, type DeckEditorData, type EditorFact, type EditorItem, type ItemFilter } from "./editor-types";
import { ItemCard } from "./item-card";
import type { ItemEditValues } from "./item-edit-form";

type Result<T> = { ok: true; data: T } | { ok: false; message: string };

/** The server actions the editor calls; injected so the page passes the real ones. */
export type EditorActions = {
  changeStatus: (input: { itemId: string; action: "accept" | "discard" | "restore" }) => Promise<Result<EditorItem>>;
  edit: (input: { itemId: string } & ItemEditValues) => Promise<Result<EditorItem>>;
  acceptTop: (input: { deckId: string; top: number }) => Promise<Result<string[]>>;
  discardKind: (input: { deckId: string; kind: string }) => Promise<Result<string[]>>;
  undoBulk: (input: { deckId: string; itemIds: string[]; status: "GENERATED" | "ACCEPTED" }) => Promise<Result<undefined>>;
  addManual: (input: ({ kind: "cloze"; start: number; end: number } | ManualItemValues) & { deckId: string }) => Promise<Result<{ fact: EditorFact; item: EditorItem }>>;
  regenerate: (input: ArticleValues & { deckId: string }) => Promise<Result<{ editor: DeckEditorData; result: { generationMs: number } }>>;
};

const FILTERS: { id: ItemFilter; label: string }[] = [
  { id: "all", label: "All" },
  { id: "review", label: "To review" },
  { id: "accepted", label: "Accepted" },
  { id: "discarded", label: "Discarded" },
];

type Undo = { label: string; itemIds: string[]; status: "GENERATED" | "ACCEPTED" };

export function DeckEditor({ initial, actions }: { initial: DeckEditorData; actions: EditorActions }) {
  const [data, setData] = useState(initial);
  const [selectedFactId, setSelectedFactId] = useState<string | null>(null);
  const [filter, setFilter] = useState<ItemFilter>("all");
  const [editingId, setEditingId] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [adding, setAdding] = useState(false);
  const [editingArticle, setEditingArticle] = useState(false);
  const itemsPane = useRef<HTMLDivElement>(null);
  const deckId = data.deck.id;

  const groups = useMemo(() => groupByFact(data.facts, data.items), [data.facts, data.items]);
  const factById = useMemo(() => new Map(data.facts.map((f) => [f.id, f])), [data.facts]);
  const counts = useMemo(() => {
    const c = { review: 0, accepted: 0, discarded: 0 };
    for (const item of data.items) {
      if (item.status === "GENERATED") c.review++;
      else if (item.status === "DISCARDED") c.discarded++;
      else c.accepted++;
    }
    return c;
  }, [data.items]);
  const kinds = useMemo(() => [...new Set(data.items.filter((i) => i.status !== "DISCARDED").map((i) => i.kind))], [data.items]);
  const numbers = useMemo(() => new Map(groups.flatMap((g) => g.items).map((item, index) => [item.id, index + 1])), [groups]);

  function replaceItem(item: EditorItem) {
    setData((current) => ({ ...current, items: current.items.map((i) => (i.id === item.id ? item : i)) }));
  }

  function setStatuses(ids: string[], next: string) {
    const set = new Set(ids);
    setData((current) => ({ ...current, items: current.items.map((i) => (set.has(i.id) ? { ...i, status: next === "ACCEPTED" && i.payload.edited ? "EDITED" : next } : i)) }));
  }

  async function perform<T>(key: string, work: () => Promise<Result<T>>, done: (data: T) => string): Promise<boolean> {
    setBusyId(key);
    setError(null);
    const result = await work().catch(() => ({ ok: false as const, message: "The server could not be reached. Nothing was changed; try again." }));
    setBusyId(null);
    if (!result.ok) {
      setError(result.message);
      return false;
    }
    setStatus(done(result.data));
    return true;
  }

  const itemName = (item: EditorItem) => `question ${numbers.get(item.id) ?? ""}`.trim();

  function changeStatus(item: EditorItem, action: "accept" | "discard" | "restore") {
    const verb = { accept: "Accepted", discard: "Discarded", restore: "Restored" }[action];
    void perform(item.id, () => actions.changeStatus({ itemId: item.id, action }), (updated) => {
      replaceItem(updated);
      return `${verb} ${itemName(item)}.`;
    });
  }

  function save(item: EditorItem, values: ItemEditValues) {
    void perform(item.id, () => actions.edit({ itemId: item.id, ...values }), (updated) => {
      replaceItem(updated);
      setEditingId(null);
      const warnings = updated.checks.filter((c) => !c.passed).length;
      return `Saved ${itemName(item)}. ${warnings ? `${warnings} warning${warnings === 1 ? "" : "s"} to look at.` : "All checks passed."}`;
    });
  }

  function selectFact(factId: string) {
    setSelectedFactId(factId);
    requestAnimationFrame(() => {
      const group = itemsPane.current?.querySelector<HTMLElement>(`[data-fact-group="${factId}"]`);
      group?.scrollIntoView?.({ block: "start", behavior: "smooth" });
      group?.querySelector<HTMLElement>("article")?.focus({ preventScroll: true });
    });
  }

  function showInArticle(factId: string) {
    setSelectedFactId(factId);
    document.querySelector<HTMLElement>(`[data-fact-id="${factId}"]`)?.scrollIntoView?.({ block: "center", behavior: "smooth" });
  }

  async function addCloze(selection: ArticleSelection) {
    await perform("add", () => actions.addManual({ kind: "cloze", deckId, start: selection.start, end: selection.end }), ({ fact, item }) => {
      setData((current) => ({ ...current, facts: [...current.facts, fact], items: [...current.items, item] }));
      setSelectedFactId(fact.id);
      return `Added a fill-in-the-blank for “${item.answer}”.`;
    });
  }

  const visibleGroups = groups
    .map((group) => ({ ...group, items: group.items.filter((item) => matchesFilter(item, filter)) }))
    .filter((group) => group.items.length > 0);

  return (
    <div className="relative left-1/2 w-[min(96vw,90rem)] -translate-x-1/2 space-y-4">
      <header className="space-y-3">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <p className="text-sm text-muted-fg">Editing deck</p>
            <h1 className="text-2xl font-semibold">{data.deck.title}</h1>
            <p className="text-sm text-muted-fg">
              {groups.length} facts · {data.items.length} questions: <strong className="text-fg">{counts.accepted} accepted</strong>, {counts.review} to review, {counts.discarded}{" "}
              discarded. Learners see every question that is not discarded.
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => setEditingArticle((v) => !v)} aria-expanded={editingArticle}>
              Edit article
            </Button>
            <Link href={`/decks/${deckId}`} className={buttonClasses("primary")}>
              Done: view deck
            </Link>
          </div>
        </div>
        <BulkToolbar
          kinds={kinds}
          toReview={counts.review}
          busy={busyId !== null}
          onAcceptTop={(top) =>
            void perform("bulk", () => actions.acceptTop({ deckId, top }), (ids) => {
              setStatuses(ids, "ACCEPTED");
              setUndo({ label: `accepting ${ids.length}`, itemIds: ids, status: "GENERATED" });
              return `Accepted the ${ids.length} best questions.`;
            })
          }
          onDiscardKind={(kind) =>
            void perform("bulk", () => actions.discardKind({ deckId, kind }), (ids) => {
              const previous = data.items.filter((i) => ids.includes(i.id));
              setStatuses(ids, "DISCARDED");
              const wasAccepted = previous.every((i) => i.status !== "GENERATED");
              setUndo({ label: `discarding ${ids.length}`, itemIds: ids, status: wasAccepted ? "ACCEPTED" : "GENERATED" });
              return `Discarded ${ids.length} ${KIND_LABEL[kind]?.toLowerCase() ?? kind} questions.`;
            })
          }
        />
        <div className="flex min-h-6 flex-wrap items-center gap-3">
          <p role="status" aria-live="polite" className="text-sm text-success">
            {status}
          </p>
          {undo && (
            <Button
              variant="ghost"
              onClick={() =>
                void perform("bulk", () => actions.undoBulk({ deckId, itemIds: undo.itemIds, status: undo.status }), () => {
                  setStatuses(undo.itemIds, undo.status);
                  setUndo(null);
                  return `Undid ${undo.label}.`;
                })
              }
            >
              Undo {undo.label}
            </Button>
          )}
        </div>
        <FormAlert message={error} />
        {editingArticle && (
          <ArticleEditForm
            initial={data.article}
            busy={busyId === "regenerate"}
            onCancel={() => setEditingArticle(false)}
            onRegenerate={(values) =>
              void perform("regenerate", () => actions.regenerate({ deckId, ...values }), ({ editor, result }) => {
                setData(editor);
                setEditingArticle(false);
                setUndo(null);
                return `Regenerated in ${(result.generationMs / 1000).toFixed(1)} s. Your accepted, edited and discarded questions were kept where their sentence remains.`;
              })
            }
          />
        )}
      </header>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
        <section aria-labelledby="article-pane-title" className="lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:self-start lg:overflow-y-auto">
          <h2 id="article-pane-title" className="mb-2 text-lg font-semibold">
            Article
          </h2>
          <ArticlePane
            text={data.article.text}
            facts={data.facts}
            selectedFactId={selectedFactId}
            onSelectFact={selectFact}
            onMakeCloze={(selection) => void addCloze(selection)}
            factLabel={(fact) => `${data.items.filter((i) => i.factId === fact.id && i.status !== "DISCARDED").length} questions from this sentence`}
          />
        </section>

        <section aria-labelledby="items-pane-title" className="space-y-3" ref={itemsPane}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="items-pane-title" className="text-lg font-semibold">
              Questions by fact, best first
            </h2>
            <Button variant="secondary" onClick={() => setAdding((v) => !v)} aria-expanded={adding}>
              Add a question
            </Button>
          </div>
          <div role="group" aria-label="Show" className="flex flex-wrap gap-1">
            {FILTERS.map((f) => (
              <button
                key={f.id}
                type="button"
                aria-pressed={filter === f.id}
                onClick={() => setFilter(f.id)}
                className={filter === f.id ? "min-h-9 rounded-md bg-fg px-3 text-sm text-bg" : "min-h-9 rounded-md border border-border px-3 text-sm hover:bg-muted"}
              >
                {f.label}
              </button>
            ))}
          </div>
          <p className="text-xs text-muted-fg">Keys on a focused question: A accept · E edit · D discard · R restore. Tab moves between questions.</p>
          {adding && (
            <AddItemForm
              busy={busyId === "add"}
              onClose={() => setAdding(false)}
              onAdd={(values) =>
                perform("add", () => actions.addManual({ ...values, deckId }), ({ fact, item }) => {
                  setData((current) => ({ ...current, facts: [...current.facts, fact], items: [...current.items, item] }));
                  return `Added your question “${item.prompt}”.`;
                })
              }
            />
          )}
          {visibleGroups.length === 0 && (
            <p className="rounded-lg border border-dashed border-border p-6 text-center text-sm text-muted-fg">
              {data.items.length === 0 ? "No questions yet. Add one, or select text in the article to make a fill-in-the-blank." : "No questions in this view."}
            </p>
          )}
          {visibleGroups.map(({ fact, items }) => (
            <section
              key={fact.id}
              data-fact-group={fact.id}
              aria-label={`Fact: ${fact.statement}`}
              className={fact.id === selectedFactId ? "space-y-2 rounded-lg bg-amber-50 p-2 ring-2 ring-amber-500 dark:bg-amber-950/40" : "space-y-2 p-2"}
            >
              <div className="flex items-start justify-between gap-2">
                <p className="text-sm text-muted-fg">
                  <span className="font-medium text-fg">Fact:</span> {fact.statement}
                </p>
                {fact.spanEnd > fact.spanStart && (
                  <Button variant="ghost" className="shrink-0 text-xs" onClick={() => showInArticle(fact.id)}>
                    Show in article
                  </Button>
                )}
              </div>
              {items.map((item) => (
                <ItemCard
                  key={item.id}
                  item={item}
                  number={numbers.get(item.id) ?? 0}
                  editing={editingId === item.id}
                  busy={busyId === item.id}
                  candidates={editingId === item.id ? candidatesFor(item, factById.get(item.factId), data.candidates) : []}
                  onAccept={() => changeStatus(item, "accept")}
                  onDiscard={() => changeStatus(item, "discard")}
                  onRestore={() => changeStatus(item, "restore")}
                  onEdit={() => setEditingId(item.id)}
                  onCancelEdit={() => setEditingId(null)}
                  onSave={(values) => save(item, values)}
                />
              ))}
            </section>
          ))}
        </section>
      </div>
    </div>
  );
}
