import Link from "next/link";
import type { StudentAssignment } from "@/lib/data/assignments";
import { buttonClasses } from "@/components/ui/button";
import { LocalDateTime } from "./local-date-time";
import { MODE_LABEL, targetSummary } from "./mode-label";
import { StatusBadge } from "./status-badge";

/** "My assignments": status, dates in the viewer's time zone, and one click into the work. */
export function StudentAssignmentList({ assignments, now }: { assignments: StudentAssignment[]; now: Date }) {
  return (
    <ul className="divide-y divide-border rounded-lg border border-border bg-card">
      {assignments.map((a) => {
        const notOpen = a.opensAt !== null && a.opensAt > now;
        const attemptsLeft = a.attemptsAllowed === null ? null : Math.max(0, a.attemptsAllowed - a.progress.attempts);
        return (
          <li key={a.id} className="flex flex-wrap items-start justify-between gap-3 p-4">
            <div className="min-w-0 space-y-1">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{a.deckTitle}</span>
                <StatusBadge status={a.progress.status} completedLate={a.progress.completedLate} />
              </p>
              <p className="text-sm text-muted-fg">
                {a.classroomName} · {MODE_LABEL[a.mode] ?? a.mode} · {targetSummary(a)}
              </p>
              <p className="text-sm text-muted-fg">
                {a.dueAt ? (
                  <>
                    Due <LocalDateTime value={a.dueAt} />
                  </>
                ) : (
                  "No due date"
                )}
                {notOpen && (
                  <>
                    {" "}
                    · opens <LocalDateTime value={a.opensAt!} />
                  </>
                )}
              </p>
              <p className="text-sm text-muted-fg">
                {a.mode !== "FLASHCARDS" && `Best score ${a.progress.bestScore === null ? "—" : `${a.progress.bestScore}%`}`}
                {a.mode === "BOTH" && " · "}
                {a.mode !== "QUIZ" && `${a.progress.factsMastered} of ${a.progress.factCount} facts learned`}
              </p>
            </div>
            {!notOpen && (
              <div className="flex flex-wrap gap-2">
                {a.mode !== "FLASHCARDS" && (attemptsLeft === null || attemptsLeft > 0) && (
                  <Link href={`/decks/${a.deckId}/quiz?assignment=${a.id}`} className={buttonClasses("primary")}>
                    Take the quiz{attemptsLeft !== null && ` (${attemptsLeft} left)`}
                    <span className="sr-only"> on {a.deckTitle}</span>
                  </Link>
                )}
                {a.mode !== "QUIZ" && (
                  <Link href={`/decks/${a.deckId}/review`} className={buttonClasses("secondary")}>
                    Study flashcards<span className="sr-only"> on {a.deckTitle}</span>
                  </Link>
                )}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
