"use client";

import Link from "next/link";
import { useActionState } from "react";
import { KIND_LABEL } from "@/components/quiz/quiz-player";
import { AnswerComparison, SourceSentence } from "@/components/quiz/question-feedback";
import { sentenceAnchor } from "@/lib/articles/segments";
import { formatDuration } from "@/components/quiz/format";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import type { AttemptResults } from "@/lib/data/quiz-results";
import { retryMissedAction } from "../actions";
import { formatDate } from "@/lib/utils/date-format";

export function AttemptResultsPageClient({ results }: { results: AttemptResults }) {
  const [state, retry, pending] = useActionState(retryMissedAction, {});
  const percent = results.total > 0 ? Math.round((100 * results.correct) / results.total) : 0;
  const unanswered = results.questions.filter((question) => !question.feedback).length;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href={`/decks/${results.deckId}`} className="text-primary underline underline-offset-2">
            {results.deckTitle}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">Quiz results</h1>
      </header>
      <Card className="flex flex-wrap items-center justify-between gap-4">
        <dl className="flex flex-wrap gap-x-8 gap-y-2">
          <div>
            <dt className="text-sm text-muted-fg">Score</dt>
            <dd className="text-2xl font-semibold">
              {results.correct} / {results.total} <span className="text-base font-normal text-muted-fg">({percent}%)</span>
            </dd>
          </div>
          <div>
            <dt className="text-sm text-muted-fg">Time</dt>
            <dd className="text-2xl font-semibold">{formatDuration(results.timeMs)}</dd>
          </div>
          <div>
            <dt className="text-sm text-muted-fg">Taken</dt>
            <dd className="pt-2">
              <time dateTime={results.startedAt.toISOString()} suppressHydrationWarning>
                {formatDate(results.startedAt, "en-GB", { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </dd>
          </div>
        </dl>
        <div className="flex flex-wrap gap-2">
          {unanswered > 0 && (
            <Link href={`/decks/${results.deckId}/quiz?attempt=${results.attemptId}`} className={buttonClasses("primary")}>
              Resume ({unanswered} left)
            </Link>
          )}
          {results.missed > 0 && (
            <form action={retry}>
              <input type="hidden" name="attemptId" value={results.attemptId} />
              <Button type="submit" variant={unanswered > 0 ? "secondary" : "primary"} disabled={pending}>
                {pending ? "Starting…" : `Retry the ${results.missed} I missed`}
              </Button>
            </form>
          )}
          <Link href={`/decks/${results.deckId}/quiz`} className={buttonClasses("secondary")}>
            New quiz
          </Link>
        </div>
      </Card>
      <FormAlert message={state.message} />
      <ol className="space-y-3">
        {results.questions.map((question, index) => {
          const feedback = question.feedback;
          const right = feedback && (feedback.correct || feedback.overridden);
          return (
            <li key={question.itemId} className="space-y-2 rounded-lg border border-border bg-card p-4">
              <p className="flex flex-wrap items-center gap-2 text-xs font-medium uppercase tracking-wide text-muted-fg">
                <span>
                  {index + 1}. {KIND_LABEL[question.kind] ?? question.kind}
                </span>
                <span className={right ? "text-success" : feedback ? "text-danger" : ""}>
                  {feedback ? (feedback.overridden ? "marked right by you" : right ? "right" : "wrong") : "not answered"}
                </span>
              </p>
              <p>{question.prompt}</p>
              {feedback && (
                <>
                  <AnswerComparison feedback={feedback} />
                  <blockquote className="border-l-2 border-border pl-3 text-sm">
                    <SourceSentence sentence={feedback.sentence} highlight={feedback.highlight} />{" "}
                    <Link href={sentenceAnchor(results.deckId, feedback.sentenceStart)} className="text-primary underline underline-offset-2">
                      In the article<span className="sr-only">: question {index + 1}</span>
                    </Link>
                  </blockquote>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
