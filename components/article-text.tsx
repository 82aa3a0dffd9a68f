import { segmentArticle } from "@/lib/articles/segments";

/**
 * An article as readers see it on the deck page: each sentence a question came from is marked
 * and carries the anchor `#sentence-<start>` that quiz feedback and review cards link to.
 */
export function ArticleText({ text, sentences }: { text: string; sentences: readonly { spanStart: number; spanEnd: number }[] }) {
  return (
    <div className="whitespace-pre-line rounded-lg border border-border bg-card p-4 leading-relaxed">
      {segmentArticle(text, sentences).map((segment) =>
        segment.span ? (
          <span
            key={segment.start}
            id={`sentence-${segment.start}`}
            className="scroll-mt-24 rounded-sm decoration-primary/50 decoration-dotted underline-offset-4 underline target:bg-primary/15 target:no-underline target:outline target:outline-2 target:outline-primary"
          >
            {text.slice(segment.start, segment.end)}
          </span>
        ) : (
          <span key={segment.start}>{text.slice(segment.start, segment.end)}</span>
        ),
      )}
    </div>
  );
}
