"use client";

import { CheckCircle2, XCircle } from "lucide-react";
import Link from "next/link";
import { forwardRef } from "react";
import { clsx } from "clsx";
import { Button } from "@/components/ui/button";
import type { QuestionFeedback as Feedback } from "@/lib/data/quiz";
import { sentenceAnchor } from "@/lib/articles/segments";
import type { ResponseParts } from "@/lib/grading/response-parts";

/** The quoted source sentence with the answer marked. */
export function SourceSentence({ sentence, highlight }: { sentence: string; highlight: [number, number] | null }) {
  if (!highlight) return <>{sentence}</>;
  const [start, end] = highlight;
  return (
    <>
      {sentence.slice(0, start)}
      <mark className="rounded bg-yellow-200 px-0.5 text-slate-950 dark:bg-yellow-300">{sentence.slice(start, end)}</mark>
      {sentence.slice(end)}
    </>
  );
}

/** Each pair (matching) or position (ordering) of the learner's answer, marked right or wrong in words and icon. */
function PartList({ of, parts }: ResponseParts) {
  const right = parts.filter((part) => part.correct).length;
  return (
    <div className="space-y-1 text-sm">
      <p className="font-medium">
        {right} of {parts.length} {of} right
      </p>
      <ul className="space-y-1">
        {parts.map((part) => (
          <li key={part.label} className="flex items-start gap-2">
            {part.correct ? (
              <CheckCircle2 aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-success" />
            ) : (
              <XCircle aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-danger" />
            )}
            <span>
              <span className="sr-only">{part.correct ? "Right: " : "Wrong: "}</span>
              <span className="font-medium">{part.label}</span>
              {of === "pairs" ? " → " : ". "}
              {part.given ?? "(none)"}
              {!part.correct && <span className="text-muted-fg"> (should be {part.expected})</span>}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The learner's answer next to the correct one; pair by pair, or position by position, where the kind has them. */
export function AnswerComparison({ feedback }: { feedback: Pick<Feedback, "response" | "correctAnswer" | "parts"> }) {
  if (feedback.parts) return <PartList {...feedback.parts} />;
  return (
    <dl className="grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-3">
      <dt className="font-medium">Your answer</dt>
      <dd>{feedback.response}</dd>
      <dt className="font-medium">Correct answer</dt>
      <dd>{feedback.correctAnswer}</dd>
    </dl>
  );
}

type QuestionFeedbackProps = {
  feedback: Feedback;
  deckId: string;
  overriding?: boolean;
  onOverride?: () => void;
  className?: string;
};

/** Right or wrong, the answer, and the sentence it comes from with a link into the article. */
export const QuestionFeedback = forwardRef<HTMLHeadingElement, QuestionFeedbackProps>(function QuestionFeedback(
  { feedback, deckId, overriding, onOverride, className },
  headingRef,
) {
  const right = feedback.correct || feedback.overridden;
  return (
    <section aria-labelledby={`feedback-${feedback.itemId}`} className={clsx("space-y-3 rounded-lg border p-4", right ? "border-success/50 bg-success/5" : "border-danger/50 bg-danger/5", className)}>
      <h3 id={`feedback-${feedback.itemId}`} ref={headingRef} tabIndex={-1} className={clsx("flex items-center gap-2 font-semibold", right ? "text-success" : "text-danger")}>
        {right ? <CheckCircle2 aria-hidden="true" className="size-5" /> : <XCircle aria-hidden="true" className="size-5" />}
        {feedback.overridden ? "Counted as right (you marked it)" : feedback.correct ? "Right" : "Not quite"}
      </h3>
      <AnswerComparison feedback={feedback} />
      <figure className="space-y-1">
        <blockquote className="border-l-2 border-border pl-3 text-sm">
          <SourceSentence sentence={feedback.sentence} highlight={feedback.highlight} />
        </blockquote>
        <figcaption className="text-sm">
          <Link href={sentenceAnchor(deckId, feedback.sentenceStart)} className="text-primary underline underline-offset-2">
            Find it in the article
          </Link>
        </figcaption>
      </figure>
      {feedback.canOverride && onOverride && (
        <Button variant="secondary" onClick={onOverride} disabled={overriding}>
          {overriding ? "Saving…" : "I was right"}
        </Button>
      )}
    </section>
  );
});
