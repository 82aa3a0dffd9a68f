"use client";

import Link from "next/link";
import { useEffect, useRef, useState, useTransition, type ComponentType } from "react";
import { buttonClasses } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import type { QuestionFeedback as Feedback } from "@/lib/data/quiz";
import type { QuestionView } from "@/lib/data/quiz-items";
import type { QuizResponse } from "@/lib/grading/grade-response";
import { MatchingQuestion } from "./matching-question";
import { MultipleChoiceQuestion } from "./multiple-choice-question";
import { OrderingQuestion } from "./ordering-question";
import { QuestionFeedback } from "./question-feedback";
import { TrueFalseQuestion } from "./true-false-question";
import { TypedAnswerQuestion } from "./typed-answer-question";
import type { QuestionProps } from "./types";

export type FeedbackResult = { ok: true; feedback: Feedback } | { ok: false; message: string };

export const KIND_LABEL: Record<string, string> = {
  mcq: "Multiple choice",
  true_false: "True or false",
  cloze: "Fill in the blank",
  short_answer: "Short answer",
  matching: "Matching",
  ordering: "Ordering",
};

const TYPED_KINDS = new Set(["cloze", "short_answer"]);

const QUESTION_BY_KIND: Record<string, ComponentType<QuestionProps<QuestionView>>> = {
  mcq: MultipleChoiceQuestion,
  true_false: TrueFalseQuestion,
  cloze: TypedAnswerQuestion,
  short_answer: TypedAnswerQuestion,
  matching: MatchingQuestion,
  ordering: OrderingQuestion,
};

export type QuizPlayerProps = {
  attemptId: string;
  deckId: string;
  questions: QuestionView[];
  initialFeedback: Record<string, Feedback>;
  answer: (input: { attemptId: string; itemId: string; response: QuizResponse; timeMs: number }) => Promise<FeedbackResult>;
  override: (input: { attemptId: string; itemId: string }) => Promise<FeedbackResult>;
};

export function promptId(itemId: string): string {
  return `prompt-${itemId}`;
}

function firstUnanswered(questions: QuestionView[], feedback: Record<string, Feedback>): number {
  const index = questions.findIndex((question) => !feedback[question.itemId]);
  return index === -1 ? questions.length - 1 : index;
}

/** Asks one question at a time, sends each answer to the server and shows its feedback. */
export function QuizPlayer({ attemptId, deckId, questions, initialFeedback, answer, override }: QuizPlayerProps) {
  const [feedback, setFeedback] = useState(initialFeedback);
  const [index, setIndex] = useState(() => firstUnanswered(questions, initialFeedback));
  const [error, setError] = useState<string | null>(null);
  const [grading, startGrading] = useTransition();
  const [overriding, startOverride] = useTransition();
  const shownAt = useRef(0);
  const nextRef = useRef<HTMLButtonElement & HTMLAnchorElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const question = questions[index];
  const current = question ? feedback[question.itemId] : undefined;
  const answeredCount = questions.filter((q) => feedback[q.itemId]).length;
  const isLast = index === questions.length - 1;

  useEffect(() => {
    shownAt.current = performance.now();
    // typed questions focus their field (which the prompt describes); the others their prompt
    if (!TYPED_KINDS.has(questions[index]?.kind ?? "")) headingRef.current?.focus();
  }, [index, questions]);

  useEffect(() => {
    if (current) nextRef.current?.focus();
  }, [current]);

  if (!question) return <p>This quiz has no questions left: they were removed from the deck.</p>;
  const Question = QUESTION_BY_KIND[question.kind] ?? TypedAnswerQuestion;

  function submit(response: QuizResponse) {
    if (!question || grading || current) return;
    setError(null);
    const timeMs = Math.round(performance.now() - shownAt.current);
    startGrading(async () => {
      const result = await answer({ attemptId, itemId: question.itemId, response, timeMs });
      if (result.ok) setFeedback((all) => ({ ...all, [question.itemId]: result.feedback }));
      else setError(result.message);
    });
  }

  function markRight() {
    if (!question) return;
    startOverride(async () => {
      const result = await override({ attemptId, itemId: question.itemId });
      if (result.ok) setFeedback((all) => ({ ...all, [question.itemId]: result.feedback }));
      else setError(result.message);
    });
  }

  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <p className="text-sm text-muted-fg">
          Question {index + 1} of {questions.length} · {answeredCount} answered
        </p>
        <progress className="h-2 w-full overflow-hidden rounded accent-primary" max={questions.length} value={answeredCount} aria-label="Quiz progress" />
      </div>
      <section data-kind={question.kind} aria-labelledby={promptId(question.itemId)} className="space-y-4 rounded-lg border border-border bg-card p-5" key={question.itemId}>
        <p className="text-xs font-medium uppercase tracking-wide text-muted-fg">{KIND_LABEL[question.kind] ?? question.kind}</p>
        <h2 id={promptId(question.itemId)} ref={headingRef} tabIndex={-1} className="text-lg font-medium leading-relaxed">
          {question.prompt}
        </h2>
        <Question question={question} disabled={grading || Boolean(current)} onAnswer={submit} />
        {grading && (
          <p role="status" className="text-sm text-muted-fg">
            Checking…
          </p>
        )}
      </section>
      <FormAlert message={error} />
      <div className="space-y-4" aria-live="polite">
        {current && (
          <>
          <QuestionFeedback feedback={current} deckId={deckId} overriding={overriding} onOverride={markRight} />
          {isLast || answeredCount === questions.length ? (
            <Link ref={nextRef} href={`/quizzes/${attemptId}`} className={buttonClasses("primary")}>
              See your results
            </Link>
          ) : (
            <button ref={nextRef} type="button" className={buttonClasses("primary")} onClick={() => setIndex(firstUnanswered(questions, feedback))}>
              Next question
            </button>
          )}
          </>
        )}
      </div>
    </div>
  );
}
