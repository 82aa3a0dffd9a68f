"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

// Measured on this machine (generateDeck, warm): 14,000-19,000 characters per second; the first
// generation after a server start also loads the language models.
const CHARS_PER_SECOND = 15_000;
const BASE_SECONDS = 0.5;

/**
 * Generation runs on the server in one request; this shows the elapsed time against an estimate
 * from the article's length, so a long article visibly progresses and can be cancelled.
 */
export function GenerationProgress({ chars, startedAt, onCancel }: { chars: number; startedAt: number; onCancel: () => void }) {
  const [now, setNow] = useState(startedAt);
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(timer);
  }, []);
  const elapsed = (now - startedAt) / 1000;
  const estimate = BASE_SECONDS + chars / CHARS_PER_SECOND;
  const percent = Math.min(95, Math.round((elapsed / estimate) * 100));
  const stage = elapsed < 0.3 ? "Sending the article…" : percent < 95 ? "Finding facts and writing questions…" : "Almost done: saving the deck…";
  return (
    <div className="space-y-2" role="status" aria-live="polite">
      <p className="text-sm font-medium">{stage}</p>
      <progress className="h-2 w-full accent-[var(--color-primary)]" max={100} value={percent} aria-label="Generation progress">
        {percent}%
      </progress>
      <p className="text-xs text-muted-fg">
        {elapsed.toFixed(1)} s{chars > 40_000 ? ` · a long article (${chars.toLocaleString("en")} characters) takes about ${Math.ceil(estimate)} s` : ""}. You can keep
        reading this page.
      </p>
      <Button variant="secondary" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
