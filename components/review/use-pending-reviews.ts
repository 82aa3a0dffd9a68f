"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { loadPending, savePending, sendPending, type PendingReview, type SentReview } from "./pending-reviews";

const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/**
 * The client's rating queue: persisted in localStorage, sent in order, retried with the same
 * ids until the server acknowledges them (so neither a flaky network nor a double press loses
 * or duplicates a rating).
 */
export function usePendingReviews({ onSent, onRejected }: { onSent: (sent: SentReview[]) => void; onRejected: (message: string) => void }) {
  const [pending, setPending] = useState<PendingReview[]>([]);
  const [offline, setOffline] = useState<string | null>(null);
  const queue = useRef<PendingReview[]>([]);
  const sending = useRef(false);
  const failures = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const callbacks = useRef({ onSent, onRejected });
  callbacks.current = { onSent, onRejected };

  const commit = useCallback((next: PendingReview[]) => {
    queue.current = next;
    savePending(next);
    setPending(next);
  }, []);

  const flush = useCallback(async (): Promise<boolean> => {
    if (sending.current) return false;
    if (timer.current) clearTimeout(timer.current);
    sending.current = true;
    try {
      while (queue.current.length > 0) {
        const batch = queue.current.slice(0, 200);
        const outcome = await sendPending(batch);
        if (outcome.ok) {
          failures.current = 0;
          setOffline(null);
          const sent = new Set(batch.map((review) => review.id));
          commit(queue.current.filter((review) => !sent.has(review.id)));
          callbacks.current.onSent(outcome.results);
        } else if (outcome.retry) {
          setOffline(outcome.message);
          const wait = RETRY_MS[Math.min(failures.current, RETRY_MS.length - 1)]!;
          failures.current += 1;
          timer.current = setTimeout(() => void flush(), wait);
          return false;
        } else if (batch.length > 1) {
          // A batch is all-or-nothing: send one at a time to find and drop the bad one.
          const [first, ...rest] = queue.current;
          const single = await sendPending([first!]);
          if (single.ok) callbacks.current.onSent(single.results);
          else if (!single.retry) callbacks.current.onRejected(single.message);
          else continue;
          commit(rest);
        } else {
          callbacks.current.onRejected(outcome.message);
          commit(queue.current.slice(1));
        }
      }
      return true;
    } finally {
      sending.current = false;
    }
  }, [commit]);

  useEffect(() => {
    commit(loadPending());
    void flush();
    const online = () => void flush();
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [commit, flush]);

  const enqueue = useCallback(
    (review: PendingReview) => {
      if (queue.current.some((queued) => queued.id === review.id)) return;
      commit([...queue.current, review]);
      void flush();
    },
    [commit, flush],
  );

  /** Takes a rating back before it was sent; false when it already reached the server. */
  const withdraw = useCallback(
    (id: string) => {
      if (!queue.current.some((review) => review.id === id) || sending.current) return false;
      commit(queue.current.filter((review) => review.id !== id));
      return true;
    },
    [commit],
  );

  /** Resolves true once `id` (or, without an id, every queued rating) has reached the server; false if still waiting after `timeoutMs`. */
  const waitUntilSent = useCallback(
    async (id?: string, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (queue.current.some((review) => id === undefined || review.id === id)) {
        if (Date.now() > deadline) return false;
        void flush();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return true;
    },
    [flush],
  );

  return { pending, offline, enqueue, withdraw, waitUntilSent };
}
