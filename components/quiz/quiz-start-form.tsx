"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { KIND_LABEL } from "./quiz-player";

export type UnfinishedAttempt = { attemptId: string; answered: number; total: number };

/** An assignment's quiz: the teacher set its length; `blocked` says why it cannot start now. */
export type AssignmentQuizTerms = { id: string; questionCount: number | null; passMark: number | null; attemptsAllowed: number | null; attemptsUsed: number; blocked?: string };

function AssignmentTerms({ terms, available }: { terms: AssignmentQuizTerms; available: number }) {
  const length = terms.questionCount === null ? `all ${available} questions` : `${Math.min(terms.questionCount, available)} questions`;
  return (
    <div className="space-y-1 text-sm">
      <p className="font-medium">Set by your teacher</p>
      <ul className="list-inside list-disc text-muted-fg">
        <li>Length: {length}</li>
        {terms.passMark !== null && <li>Pass mark: {terms.passMark}%</li>}
        {terms.attemptsAllowed !== null && (
          <li>
            Attempts: {terms.attemptsUsed} of {terms.attemptsAllowed} used
          </li>
        )}
      </ul>
    </div>
  );
}

type QuizStartFormProps = {
  deckId: string;
  kindCounts: Record<string, number>;
  itemCount: number;
  factCount: number;
  assignment?: AssignmentQuizTerms;
  unfinished: UnfinishedAttempt | null;
  start: (state: { message?: string }, formData: FormData) => Promise<{ message?: string }>;
};

const KIND_ORDER = ["mcq", "true_false", "cloze", "short_answer", "matching", "ordering"];

export function QuizStartForm({ deckId, kindCounts, itemCount, factCount, assignment, unfinished, start }: QuizStartFormProps) {
  const [state, action, pending] = useActionState(start, {});
  const kinds = KIND_ORDER.filter((kind) => (kindCounts[kind] ?? 0) > 0);
  const [chosen, setChosen] = useState<string[]>(kinds);
  const chosenCount = chosen.reduce((sum, kind) => sum + (kindCounts[kind] ?? 0), 0);

  return (
    <div className="space-y-6">
      {unfinished && (
        <Card className="flex flex-wrap items-center justify-between gap-3">
          <p>
            You have an unfinished quiz on this deck: {unfinished.answered} of {unfinished.total} answered.
          </p>
          <Link href={`/decks/${deckId}/quiz?attempt=${unfinished.attemptId}`} className={buttonClasses("primary")}>
            Resume quiz
          </Link>
        </Card>
      )}
      <Card>
        <form action={action} className="space-y-5">
          <h2 className="text-lg font-semibold">{unfinished ? "Or start a new quiz" : "Start a quiz"}</h2>
          <input type="hidden" name="deckId" value={deckId} />
          {assignment ? (
            <>
              <input type="hidden" name="assignmentId" value={assignment.id} />
              <input type="hidden" name="length" value="all" />
              <AssignmentTerms terms={assignment} available={chosenCount} />
            </>
          ) : (
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium">Length</legend>
              <div className="flex flex-wrap gap-4">
                {(["10", "20", "all"] as const).map((length) => (
                  <label key={length} className="flex min-h-10 items-center gap-2">
                    <input type="radio" name="length" value={length} defaultChecked={length === "10"} className="size-4 accent-primary" />
                    {length === "all" ? `All (${chosenCount})` : `${length} questions`}
                  </label>
                ))}
              </div>
              <p className="text-xs text-muted-fg">
                At most one question per fact ({factCount} facts) unless you ask for more questions than that.
              </p>
            </fieldset>
          )}
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">Kinds of question</legend>
            <div className="grid gap-1 sm:grid-cols-2">
              {kinds.map((kind) => (
                <label key={kind} className="flex min-h-10 items-center gap-2">
                  <input
                    type="checkbox"
                    name="kinds"
                    value={kind}
                    checked={chosen.includes(kind)}
                    onChange={(event) => setChosen((all) => (event.target.checked ? [...all, kind] : all.filter((k) => k !== kind)))}
                    className="size-4 accent-primary"
                  />
                  {KIND_LABEL[kind] ?? kind} ({kindCounts[kind]})
                </label>
              ))}
            </div>
          </fieldset>
          <FormAlert message={chosen.length === 0 ? "Choose at least one kind of question." : (state.message ?? assignment?.blocked)} />
          <Button type="submit" disabled={pending || chosen.length === 0 || itemCount === 0 || Boolean(assignment?.blocked)}>
            {pending ? "Starting…" : "Start quiz"}
          </Button>
        </form>
      </Card>
    </div>
  );
}
