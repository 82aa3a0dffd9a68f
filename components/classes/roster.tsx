"use client";

import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import type { ClassActionState } from "@/lib/data/classes-actions";
import type { RosterStudent } from "@/lib/data/classes";
import { LocalDateTime } from "./local-date-time";
import { useRowAction } from "./use-row-action";

export function Roster({ students, remove }: { students: RosterStudent[]; remove: (studentId: string) => Promise<ClassActionState> }) {
  const { pending, error, run } = useRowAction();
  if (students.length === 0) {
    return <p className="text-sm text-muted-fg">No students yet. Share the join code or link; students appear here as they join.</p>;
  }
  return (
    <>
      <FormAlert message={error} />
      <ul className="divide-y divide-border rounded-lg border border-border bg-card">
        {students.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
            <span>
              <span className="font-medium">{s.name ?? s.email}</span>
              <span className="text-sm text-muted-fg">
                {" "}
                · {s.email} · joined <LocalDateTime value={s.joinedAt} dateOnly />
              </span>
            </span>
            <Button
              variant="ghost"
              disabled={pending}
              aria-label={`Remove ${s.name ?? s.email} from the class`}
              onClick={() => run(() => remove(s.id), "Could not remove the student.", `Remove ${s.name ?? s.email} from the class? Their past work is kept.`)}
            >
              Remove
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
