"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import type { ClassAssignment } from "@/lib/data/assignments";
import type { ClassActionState } from "@/lib/data/classes-actions";
import { LocalDateTime } from "./local-date-time";
import { MODE_LABEL, targetSummary } from "./mode-label";
import { useRowAction } from "./use-row-action";

type Props = { classId: string; assignments: ClassAssignment[]; remove: (assignmentId: string) => Promise<ClassActionState> };

export function ClassAssignmentList({ classId, assignments, remove }: Props) {
  const { pending, error, run } = useRowAction();
  return (
    <>
      <FormAlert message={error} />
      <ul className="divide-y divide-border rounded-lg border border-border bg-card">
        {assignments.map((a) => (
          <li key={a.id} className="flex flex-wrap items-start justify-between gap-3 p-4">
            <div className="space-y-1">
              <Link href={`/classes/${classId}/assignments/${a.id}`} className="font-medium text-primary hover:underline">
                {a.deckTitle}
              </Link>
              <p className="text-sm text-muted-fg">
                {MODE_LABEL[a.mode] ?? a.mode} · {targetSummary(a)}
              </p>
              <p className="text-sm text-muted-fg">
                {a.opensAt && (
                  <>
                    Opens <LocalDateTime value={a.opensAt} /> ·{" "}
                  </>
                )}
                {a.dueAt ? (
                  <>
                    Due <LocalDateTime value={a.dueAt} />
                  </>
                ) : (
                  "No due date"
                )}
              </p>
              <p className="text-sm">
                <span className="font-medium">{a.doneCount}</span> of {a.studentCount} done
                {a.lateCount > 0 && <span className="text-danger"> · {a.lateCount} late</span>}
              </p>
            </div>
            <div className="flex gap-2">
              <Link href={`/classes/${classId}/assignments/${a.id}`} className="inline-flex min-h-10 items-center rounded-md border border-border px-4 text-sm font-medium hover:bg-muted">
                Results<span className="sr-only"> for {a.deckTitle}</span>
              </Link>
              <Button
                variant="ghost"
                disabled={pending}
                aria-label={`Delete the assignment ${a.deckTitle}`}
                onClick={() =>
                  run(() => remove(a.id), "Could not delete the assignment.", `Delete the assignment "${a.deckTitle}"? Students' attempts are kept but no longer linked to it.`)
                }
              >
                Delete
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
