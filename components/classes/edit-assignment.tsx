"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ClassActionState } from "@/lib/data/classes-actions";
import { AssignDeckForm, type EditedAssignment } from "./assign-deck-form";

type Props = { classId: string; assignment: EditedAssignment; action: (prev: ClassActionState, formData: FormData) => Promise<ClassActionState> };

/** The form opens on demand, so its dates are filled in the browser's time zone. */
export function EditAssignment({ classId, assignment, action }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <div className="space-y-3">
      <Button variant="secondary" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
        {open ? "Close" : "Edit dates and targets"}
      </Button>
      {open && (
        <Card>
          <h2 id="edit-assignment-title" className="mb-3 text-lg font-semibold">
            Edit assignment
          </h2>
          <AssignDeckForm classId={classId} decks={[]} action={action} editing={assignment} />
        </Card>
      )}
    </div>
  );
}
