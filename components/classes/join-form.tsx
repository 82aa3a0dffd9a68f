"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import type { ClassActionState } from "@/lib/data/classes-actions";

type JoinFormProps = { action: (prev: ClassActionState, formData: FormData) => Promise<ClassActionState>; code?: string; submitLabel?: string };

/** With `code` the form is a single confirm button (the join link); without, the student types the code. */
export function JoinForm({ action, code, submitLabel = "Join class" }: JoinFormProps) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert message={state.ok ? null : state.message} />
      {code ? (
        <input type="hidden" name="code" value={code} />
      ) : (
        <Field
          label="Join code"
          name="code"
          required
          maxLength={32}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          hint="8 letters and digits, from your teacher."
          errors={state.errors?.code}
          className="max-w-xs"
        />
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Joining…" : submitLabel}
      </Button>
    </form>
  );
}
