"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { AttemptSummary, DeckHistory, QuizHistory } from "@/lib/data/quiz-results";
import { formatDate } from "@/lib/utils/date-format";

const ScoreChart = dynamic(() => import("@/components/quiz/score-chart").then((module) => module.ScoreChart), {
  ssr: false,
  loading: () => <div className="h-32 animate-pulse rounded bg-muted" />,
});

function When({ date }: { date: Date }) {
  return (
    <time dateTime={date.toISOString()} suppressHydrationWarning>
      {formatDate(date, "en-GB", { dateStyle: "medium", timeStyle: "short" })}
    </time>
  );
}

function DeckHistoryCard({ deck }: { deck: DeckHistory }) {
  const points = deck.points.map((point, index) => ({ label: `#${index + 1}`, percent: point.percent }));
  return (
    <Card className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">
          <Link href={`/decks/${deck.deckId}`} className="hover:underline">
            {deck.deckTitle}
          </Link>
        </h3>
        <p className="text-sm text-muted-fg">
          Best <strong className="text-fg">{deck.best}%</strong> · Latest <strong className="text-fg">{deck.latest}%</strong> · {deck.points.length}{" "}
          {deck.points.length === 1 ? "attempt" : "attempts"}
        </p>
      </div>
      <figure role="img" aria-label={`Scores over time for ${deck.deckTitle}: ${deck.points.map((point) => `${point.percent}%`).join(", ")}`}>
        <ScoreChart points={points} />
      </figure>
    </Card>
  );
}

function AttemptRow({ attempt }: { attempt: AttemptSummary }) {
  const finished = attempt.finishedAt !== null;
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-3">
      <div>
        <p className="font-medium">{attempt.deckTitle}</p>
        <p className="text-sm text-muted-fg">
          <When date={attempt.startedAt} /> ·{" "}
          {finished ? `${attempt.correct} / ${attempt.total} (${attempt.percent}%)` : `${attempt.answered} of ${attempt.total} answered`}
        </p>
      </div>
      {finished ? (
        <Link href={`/quizzes/${attempt.attemptId}`} className={buttonClasses("secondary")}>
          Results<span className="sr-only">: {attempt.deckTitle}, <When date={attempt.startedAt} /></span>
        </Link>
      ) : (
        <Link href={`/decks/${attempt.deckId}/quiz?attempt=${attempt.attemptId}`} className={buttonClasses("primary")}>
          Resume<span className="sr-only">: {attempt.deckTitle}</span>
        </Link>
      )}
    </li>
  );
}

export function QuizzesPageClient({ history }: { history: QuizHistory }) {
  if (history.attempts.length === 0) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">Quizzes</h1>
        <EmptyState
          title="No quizzes yet"
          action={
            <Link href="/decks" className={buttonClasses("primary")}>
              Choose a deck
            </Link>
          }
        >
          Open a deck and choose “Take a quiz”. Your scores and unfinished quizzes appear here.
        </EmptyState>
      </div>
    );
  }
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Quizzes</h1>
      {history.unfinished.length > 0 && (
        <section aria-labelledby="unfinished-title" className="space-y-2">
          <h2 id="unfinished-title" className="text-lg font-semibold">
            Unfinished
          </h2>
          <ul className="divide-y divide-border rounded-lg border border-border bg-card px-4">
            {history.unfinished.map((attempt) => (
              <AttemptRow key={attempt.attemptId} attempt={attempt} />
            ))}
          </ul>
        </section>
      )}
      {history.decks.length > 0 && (
        <section aria-labelledby="progress-title" className="space-y-3">
          <h2 id="progress-title" className="text-lg font-semibold">
            Progress per deck
          </h2>
          <div className="grid gap-4 lg:grid-cols-2">
            {history.decks.map((deck) => (
              <DeckHistoryCard key={deck.deckId} deck={deck} />
            ))}
          </div>
        </section>
      )}
      <section aria-labelledby="all-title" className="space-y-2">
        <h2 id="all-title" className="text-lg font-semibold">
          All attempts, newest first
        </h2>
        <ul className="divide-y divide-border rounded-lg border border-border bg-card px-4">
          {history.attempts.map((attempt) => (
            <AttemptRow key={attempt.attemptId} attempt={attempt} />
          ))}
        </ul>
      </section>
    </div>
  );
}
