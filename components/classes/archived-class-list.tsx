"use client";

import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import type { ArchivedClassSummary } from "@/lib/data/classes";
import { LocalDateTime } from "./local-date-time";
import { useRowAction } from "./use-row-action";

type ArchivedClassListProps = {
  classes: ArchivedClassSummary[];
  restore: (classId: string) => Promise<{ ok?: boolean; message?: string }>;
};

/** Collapsed by default: archived classes are looked for, not browsed. */
export function ArchivedClassList({ classes, restore }: ArchivedClassListProps) {
  const { pending, error, run } = useRowAction();
  return (
    <details className="rounded-lg border border-border bg-card p-4">
      <summary className="cursor-pointer font-medium">Archived classes ({classes.length})</summary>
      <p className="mt-2 text-sm text-muted-fg">Restoring a class brings back its roster, assignments, results and join code.</p>
      <FormAlert message={error} />
      <ul className="mt-3 divide-y divide-border">
        {classes.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
            <span>
              <span className="font-medium">{c.name}</span>
              {c.section && <span className="text-muted-fg"> · {c.section}</span>}
              <span className="block text-sm text-muted-fg">
                Archived <LocalDateTime value={c.archivedAt} dateOnly />
              </span>
            </span>
            <Button
              variant="secondary"
              disabled={pending}
              aria-label={`Restore ${c.name}`}
              onClick={() => run(() => restore(c.id), "Could not restore the class.")}
            >
              Restore
            </Button>
          </li>
        ))}
      </ul>
    </details>
  );
}
