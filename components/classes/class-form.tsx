"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import type { ClassActionState } from "@/lib/data/classes-actions";

type ClassFormProps = {
  action: (prev: ClassActionState, formData: FormData) => Promise<ClassActionState>;
  submitLabel: string;
  classId?: string;
  defaults?: { name: string; section: string | null };
};

export function ClassForm({ action, submitLabel, classId, defaults }: ClassFormProps) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert message={state.ok ? null : state.message} />
      {state.ok && state.message && (
        <p role="status" className="text-sm text-success">
          {state.message}
        </p>
      )}
      {classId && <input type="hidden" name="classId" value={classId} />}
      <Field label="Class name" name="name" required maxLength={100} defaultValue={defaults?.name} errors={state.errors?.name} placeholder="Geography 7B" />
      <Field
        label="Section or term (optional)"
        name="section"
        maxLength={60}
        defaultValue={defaults?.section ?? ""}
        errors={state.errors?.section}
        placeholder="Spring 2026"
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
