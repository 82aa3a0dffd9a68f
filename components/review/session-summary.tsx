import Link from "next/link";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export type SessionTally = { reviewed: number; again: number; pending: number };

export function SessionSummary({ tally, waiting, nextDue, onUndo }: { tally: SessionTally; waiting: number; nextDue: string | null; onUndo?: () => void }) {
  const recalled = tally.reviewed - tally.again;
  return (
    <Card className="space-y-3" aria-labelledby="summary-title">
      <h2 id="summary-title" className="text-lg font-semibold">
        {tally.reviewed === 0 ? "Nothing is due right now" : "All done for now"}
      </h2>
      {tally.reviewed > 0 ? (
        <p>
          You reviewed {tally.reviewed} {tally.reviewed === 1 ? "card" : "cards"} and recalled {recalled} of them ({Math.round((recalled / tally.reviewed) * 100)}%).
        </p>
      ) : (
        <p className="text-muted-fg">Open a deck and choose &ldquo;Study flashcards&rdquo; to learn new cards, or come back when reviews are due.</p>
      )}
      {waiting > 0 && nextDue && (
        <p className="text-sm text-muted-fg">
          {waiting} learning {waiting === 1 ? "card comes" : "cards come"} back at {new Date(nextDue).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}; this page will show {waiting === 1 ? "it" : "them"} then.
        </p>
      )}
      {tally.pending > 0 && <p className="text-sm">{tally.pending} ratings are still being saved…</p>}
      <div className="flex flex-wrap gap-2">
        <Link href="/decks" className={buttonClasses("secondary")}>
          Back to decks
        </Link>
        {onUndo && (
          <Button variant="ghost" onClick={onUndo}>
            Undo last rating (Z)
          </Button>
        )}
      </div>
    </Card>
  );
}
