"use client";

import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { KeyboardHelp } from "./keyboard-help";
import { sendSuspension, sendUndo } from "./pending-reviews";
import { RatingButtons } from "./rating-buttons";
import { ReviewCounts } from "./review-counts";
import { SessionSummary, type SessionTally } from "./session-summary";
import { LEARN_AHEAD_MS, type Rating, type ReviewCardView, type ReviewSession as Session } from "./review-types";
import { usePendingReviews } from "./use-pending-reviews";

type Rated = { id: string; card: ReviewCardView; rating: Rating };

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

export function ReviewSession({ initial, deckId }: { initial: Session; deckId?: string }) {
  const [cards, setCards] = useState(initial.cards);
  const [flipped, setFlipped] = useState(false);
  const [history, setHistory] = useState<Rated[]>([]);
  const [message, setMessage] = useState<{ text: string; tone: "info" | "error" } | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const shownAt = useRef(Date.now());
  const busy = useRef(false);
  // Keys can arrive faster than React re-renders: these refs hold what the screen really shows.
  const flippedRef = useRef(false);
  const awaitingRender = useRef(false);
  useEffect(() => {
    awaitingRender.current = false;
  });
  const flip = useCallback((value: boolean) => {
    flippedRef.current = value;
    setFlipped(value);
  }, []);
  const total = useRef(initial.cards.length);

  const { pending, offline, enqueue, withdraw, waitUntilSent } = usePendingReviews({
    onSent: (sent) => {
      const leech = sent.find((review) => review.leech);
      if (leech) setMessage({ tone: "info", text: "That fact has been forgotten 8 times, so it is now tagged as a leech and suspended. Rewrite it in your own words or unsuspend it from the deck." });
    },
    onRejected: (text) => setMessage({ tone: "error", text: `A rating was refused: ${text}` }),
  });

  const available = useMemo(() => cards.filter((card) => card.kind !== "learning" || new Date(card.due).getTime() <= now + LEARN_AHEAD_MS), [cards, now]);
  const current = available[0] ?? null;
  const waiting = cards.length - available.length;

  useEffect(() => {
    shownAt.current = Date.now();
  }, [current?.factId]);

  const refresh = useCallback(async () => {
    setLoading(true);
    // Ask only once the ratings are stored, or the server would hand back cards just rated.
    if (!(await waitUntilSent())) {
      setLoading(false);
      return;
    }
    try {
      const response = await fetch(`/api/reviews/session${deckId ? `?deckId=${encodeURIComponent(deckId)}` : ""}`);
      if (response.ok) {
        const session = (await response.json()) as Session;
        setCards(session.cards);
        total.current = Math.max(total.current, history.length + session.cards.length);
      }
    } finally {
      setNow(Date.now());
      setLoading(false);
    }
  }, [deckId, history.length, waitUntilSent]);

  // When only learning cards due later are left, look again once the first comes due.
  useEffect(() => {
    if (current || cards.length === 0) return;
    const nextDue = Math.min(...cards.map((card) => new Date(card.due).getTime()));
    const timer = setTimeout(() => setNow(Date.now()), Math.max(1_000, nextDue - LEARN_AHEAD_MS - Date.now()));
    return () => clearTimeout(timer);
  }, [current, cards]);

  const rate = useCallback(
    (rating: Rating) => {
      if (!current || !flippedRef.current || busy.current || awaitingRender.current) return;
      awaitingRender.current = true;
      const id = crypto.randomUUID();
      enqueue({ id, factId: current.factId, rating, itemId: current.itemId, durationMs: Math.min(Date.now() - shownAt.current, 3_600_000) });
      setHistory((done) => [...done, { id, card: current, rating }]);
      flip(false);
      setMessage(null);
      const rest = cards.filter((card) => card.factId !== current.factId);
      setCards(rest);
      // The server decides when rated cards come back (learning steps): ask it once only learning cards are left.
      if (rest.every((card) => card.kind === "learning")) void refresh();
    },
    [cards, current, enqueue, flip, refresh],
  );

  const undo = useCallback(async () => {
    const last = history.at(-1);
    if (!last || busy.current) return;
    busy.current = true;
    try {
      if (!withdraw(last.id)) {
        if (!(await waitUntilSent(last.id))) {
          setMessage({ tone: "error", text: "That rating has not reached the server yet, so it cannot be undone now. Try again when you are back online." });
          return;
        }
        const result = await sendUndo(last.id);
        if (!result.ok) {
          setMessage({ tone: "error", text: result.message });
          return;
        }
      }
      setHistory((done) => done.slice(0, -1));
      setCards((rest) => [last.card, ...rest.filter((card) => card.factId !== last.card.factId)]);
      flip(false);
      setMessage({ tone: "info", text: `Undid your "${["", "Again", "Hard", "Good", "Easy"][last.rating]}" rating.` });
    } finally {
      busy.current = false;
    }
  }, [flip, history, waitUntilSent, withdraw]);

  const suspend = useCallback(async () => {
    if (!current) return;
    const result = await sendSuspension(current.factId, true);
    if (!result.ok) return setMessage({ tone: "error", text: result.message ?? "Could not suspend the card." });
    setCards((rest) => rest.filter((card) => card.factId !== current.factId));
    flip(false);
    setMessage({ tone: "info", text: "Card suspended: it stays out of your reviews until you unsuspend it." });
  }, [current, flip]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      const onButton = (event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement) && !event.target.closest("dialog:not([open])");
      if (event.key === "?") {
        event.preventDefault();
        setHelpOpen((open) => !open);
      } else if (document.querySelector("dialog[open]")) {
        return;
      } else if ((event.key === " " || event.key === "Enter") && !onButton && current && !flippedRef.current && !awaitingRender.current) {
        event.preventDefault();
        flip(true);
      } else if (["1", "2", "3", "4"].includes(event.key) && flippedRef.current) {
        event.preventDefault();
        rate(Number(event.key) as Rating);
      } else if (event.key === "z" || event.key === "Z") {
        event.preventDefault();
        void undo();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, flip, rate, undo]);

  const done = history.length;
  const progress = total.current > 0 ? Math.min(100, Math.round((done / Math.max(total.current, done + cards.length)) * 100)) : 100;
  const counts = { new: cards.filter((card) => card.kind === "new").length, learning: cards.filter((card) => card.kind === "learning").length, review: cards.filter((card) => card.kind === "review").length };
  const tally: SessionTally = { reviewed: done, again: history.filter((entry) => entry.rating === 1).length, pending: pending.length };

  return (
    <section className="mx-auto max-w-2xl space-y-4" aria-labelledby="review-title">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 id="review-title" className="text-2xl font-semibold">
          {initial.scope ? `Review: ${initial.scope.title}` : "Review everything due"}
        </h1>
        <Button variant="ghost" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
          Keyboard shortcuts (?)
        </Button>
      </div>
      <ReviewCounts counts={counts} />
      <div className="h-2 w-full overflow-hidden rounded bg-muted" role="progressbar" aria-label="Session progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress}>
        <div className="h-full bg-primary transition-all" style={{ width: `${progress}%` }} />
      </div>
      {offline && (
        <p role="status" className="rounded-md border border-border bg-muted p-3 text-sm">
          {offline} ({pending.length} waiting)
        </p>
      )}
      {message && (message.tone === "error" ? <FormAlert message={message.text} /> : <p role="status" className="rounded-md border border-border bg-muted p-3 text-sm">{message.text}</p>)}

      {current ? (
        <Card className="space-y-5">
          <p className="text-xs uppercase tracking-wide text-muted-fg">
            {current.deckTitle} · {current.kind === "new" ? "New" : current.kind === "learning" ? "Learning" : "Review"}
            {current.leech && " · Leech"}
          </p>
          <p className="text-lg leading-relaxed" aria-label="Question">
            {current.prompt}
          </p>
          {flipped ? (
            <div className="space-y-3 border-t border-border pt-4" aria-live="polite">
              <p className="text-lg font-semibold" aria-label="Answer">
                {current.answer}
              </p>
              <blockquote className="border-l-4 border-border pl-3 text-sm text-muted-fg">{current.sourceSentence}</blockquote>
              <a href={current.articleUrl} className="text-sm text-primary underline" target={current.articleUrl.startsWith("/") ? undefined : "_blank"} rel="noreferrer">
                Read it in the article{current.articleTitle ? `: ${current.articleTitle}` : ""}
              </a>
              <RatingButtons intervals={current.intervals} onRate={rate} />
            </div>
          ) : (
            <Button onClick={() => flip(true)} className="w-full" aria-keyshortcuts="Space Enter">
              Show answer (Space)
            </Button>
          )}
          <div className="flex flex-wrap gap-2 border-t border-border pt-3">
            <Button variant="ghost" onClick={() => void undo()} disabled={history.length === 0} aria-keyshortcuts="Z">
              Undo last rating (Z)
            </Button>
            <Button variant="ghost" onClick={() => void suspend()}>
              Suspend this card
            </Button>
          </div>
        </Card>
      ) : loading ? (
        <Card aria-busy="true">
          <p className="text-muted-fg">Looking for more cards…</p>
        </Card>
      ) : (
        <SessionSummary tally={tally} waiting={waiting} nextDue={cards[0]?.due ?? null} onUndo={history.length > 0 ? () => void undo() : undefined} />
      )}
      {!current && (
        <p className="text-sm">
          <Link href="/stats" className={buttonClasses("secondary")}>
            See your stats
          </Link>
        </p>
      )}
      <KeyboardHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </section>
  );
}
