"use client";

import Link from "next/link";
import { QuizPlayer } from "@/components/quiz/quiz-player";
import { QuizStartForm, type AssignmentQuizTerms, type UnfinishedAttempt } from "@/components/quiz/quiz-start-form";
import { EmptyState } from "@/components/ui/empty-state";
import type { QuizOptions, QuizPlayerState } from "@/lib/data/quiz";
import { answerQuestionAction, overrideAnswerAction, startQuizAction } from "./actions";

type QuizPageClientProps =
  | { mode: "play"; player: QuizPlayerState }
  | { mode: "start"; options: QuizOptions; unfinished: UnfinishedAttempt | null; assignment?: AssignmentQuizTerms };

export function QuizPageClient(props: QuizPageClientProps) {
  const deckId = props.mode === "play" ? props.player.deckId : props.options.deckId;
  const deckTitle = props.mode === "play" ? props.player.deckTitle : props.options.deckTitle;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href={`/decks/${deckId}`} className="text-primary underline underline-offset-2">
            {deckTitle}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">Quiz</h1>
      </header>
      {props.mode === "play" ? (
        <QuizPlayer
          attemptId={props.player.attemptId}
          deckId={deckId}
          questions={props.player.questions}
          initialFeedback={props.player.feedback}
          answer={answerQuestionAction}
          override={overrideAnswerAction}
        />
      ) : props.options.itemCount === 0 ? (
        <EmptyState title="No questions yet">This deck has no questions to ask. Generate or write some on the deck page first.</EmptyState>
      ) : (
        <QuizStartForm
          deckId={deckId}
          kindCounts={props.options.kindCounts}
          itemCount={props.options.itemCount}
          factCount={props.options.factCount}
          assignment={props.assignment}
          unfinished={props.unfinished}
          start={startQuizAction}
        />
      )}
    </div>
  );
}
