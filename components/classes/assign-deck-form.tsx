"use client";

import { useActionState, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import type { AssignmentRulesView } from "@/lib/data/assignments";
import type { ClassActionState } from "@/lib/data/classes-actions";

type DeckOption = { id: string; title: string; itemCount: number };

export type EditedAssignment = Omit<AssignmentRulesView, "classroomId" | "createdAt"> & { deckTitle: string };

type AssignDeckFormProps = {
  classId: string;
  decks: DeckOption[];
  action: (prev: ClassActionState, formData: FormData) => Promise<ClassActionState>;
  /** editing: the deck is fixed, the rest starts from the saved values (rendered in the browser only) */
  editing?: EditedAssignment;
};

/** An instant as a datetime-local value in the browser's time zone. */
function toLocalInput(date: Date | null): string {
  if (!date) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const text = (value: number | null) => (value === null ? "" : String(value));

const MODES = [
  { value: "BOTH", label: "Quiz and flashcards" },
  { value: "QUIZ", label: "Quiz" },
  { value: "FLASHCARDS", label: "Flashcards" },
];

export function AssignDeckForm({ classId, decks, action, editing }: AssignDeckFormProps) {
  const [state, formAction, pending] = useActionState(action, {});
  const [mode, setMode] = useState(editing?.mode ?? "BOTH");
  const [timeZone, setTimeZone] = useState("UTC");
  useEffect(() => setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  const deckError = state.errors?.deckId;

  return (
    <form action={formAction} className="space-y-4" noValidate aria-labelledby={editing ? "edit-assignment-title" : "assign-title"}>
      <FormAlert message={state.ok ? null : state.message} />
      {state.ok && state.message && (
        <p role="status" className="text-sm text-success">
          {state.message}
        </p>
      )}
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="timeZone" value={timeZone} />
      {editing ? (
        <>
          <input type="hidden" name="assignmentId" value={editing.id} />
          <input type="hidden" name="deckId" value={editing.deckId} />
          <p className="text-sm">
            Deck: <span className="font-medium">{editing.deckTitle}</span>
          </p>
        </>
      ) : (
        <div className="flex flex-col gap-1">
          <label htmlFor="deckId" className="text-sm font-medium">
            Deck
          </label>
          <select id="deckId" name="deckId" required className="min-h-10 rounded-md border border-border bg-bg px-3 text-sm" aria-invalid={deckError ? true : undefined}>
            {decks.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title} ({d.itemCount} questions)
              </option>
            ))}
          </select>
          {deckError && <p className="text-sm text-danger">{deckError.join(" ")}</p>}
        </div>
      )}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">What students do</legend>
        <div className="flex flex-wrap gap-4">
          {MODES.map((m) => (
            <label key={m.value} className="flex items-center gap-2 text-sm">
              <input type="radio" name="mode" value={m.value} checked={mode === m.value} onChange={() => setMode(m.value)} className="size-4" />
              {m.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Opens (optional)" name="opensAt" type="datetime-local" defaultValue={toLocalInput(editing?.opensAt ?? null)} errors={state.errors?.opensAt} hint={`Your time zone: ${timeZone}`} />
        <Field label="Due (optional)" name="dueAt" type="datetime-local" defaultValue={toLocalInput(editing?.dueAt ?? null)} errors={state.errors?.dueAt} />
      </div>
      {mode !== "FLASHCARDS" && (
        <fieldset className="grid gap-4 sm:grid-cols-3">
          <legend className="mb-2 text-sm font-medium">Quiz target</legend>
          <Field label="Questions per attempt" name="questionCount" type="number" min={1} max={200} hint="Empty: every question" defaultValue={text(editing?.questionCount ?? null)} errors={state.errors?.questionCount} />
          <Field label="Attempts allowed" name="attemptsAllowed" type="number" min={1} max={20} hint="Empty: no limit" defaultValue={text(editing?.attemptsAllowed ?? null)} errors={state.errors?.attemptsAllowed} />
          <Field label="Pass mark (%)" name="passMark" type="number" min={0} max={100} defaultValue={editing ? text(editing.passMark) : 70} errors={state.errors?.passMark} />
        </fieldset>
      )}
      {mode !== "QUIZ" && (
        <fieldset>
          <legend className="mb-2 text-sm font-medium">Flashcard target</legend>
          <Field
            label="Separate days each fact must be recalled"
            name="spacedDays"
            type="number"
            min={1}
            max={10}
            defaultValue={editing?.spacedDays ?? 2}
            hint="Recalls at least 20 hours apart count as separate days, so cramming the night before does not finish it."
            errors={state.errors?.spacedDays}
            className="max-w-sm"
          />
        </fieldset>
      )}
      <Button type="submit" disabled={pending || (!editing && decks.length === 0)}>
        {pending ? "Saving…" : editing ? "Save changes" : "Assign deck"}
      </Button>
    </form>
  );
}
