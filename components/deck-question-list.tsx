import type { LearnerQuestion } from "@/lib/data/deck-overview";
import { EmptyState } from "./ui/empty-state";

export const KIND_LABEL: Record<string, string> = {
  cloze: "Fill in the blank",
  mcq: "Multiple choice",
  true_false: "True or false",
  short_answer: "Short answer",
  matching: "Matching",
  ordering: "Ordering",
};

/** The deck's questions as a learner may see them: prompts and options, never the answers. */
export function DeckQuestionList({ questions }: { questions: LearnerQuestion[] }) {
  if (questions.length === 0) return <EmptyState title="No questions yet">Questions appear here once the deck&apos;s author has generated them.</EmptyState>;
  return (
    <ol className="space-y-3">
      {questions.map((question) => (
        <li key={question.id} className="rounded-lg border border-border bg-card p-4">
          <p className="text-xs font-medium uppercase tracking-wide text-muted-fg">{KIND_LABEL[question.kind] ?? question.kind}</p>
          <p className="mt-1">{question.prompt}</p>
          {question.options && (
            <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2" aria-label="Options">
              {question.options.map((option) => (
                <li key={option} className="rounded border border-border px-2 py-1">
                  {option}
                </li>
              ))}
            </ul>
          )}
          {question.matching && (
            <div className="mt-2 grid grid-cols-2 gap-3 text-sm">
              <ul aria-label="Left side" className="space-y-1">
                {question.matching.left.map((left) => (
                  <li key={left} className="rounded border border-border px-2 py-1">
                    {left}
                  </li>
                ))}
              </ul>
              <ul aria-label="Right side (shuffled)" className="space-y-1">
                {question.matching.right.map((right) => (
                  <li key={right} className="rounded border border-border px-2 py-1">
                    {right}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {question.steps && (
            <ul className="mt-2 space-y-1 text-sm" aria-label="Events (shuffled)">
              {question.steps.map((step) => (
                <li key={step} className="rounded border border-border px-2 py-1">
                  {step}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
