import type { DeckDetail } from "@/lib/data/decks";
import { ItemPayloadView } from "./item-payload-view";
import { EmptyState } from "./ui/empty-state";

const KIND_LABEL: Record<string, string> = {
  cloze: "Fill in the blank",
  mcq: "Multiple choice",
  true_false: "True or false",
  short_answer: "Short answer",
  matching: "Matching",
  ordering: "Ordering",
};

export function DeckDetailView({ deck }: { deck: DeckDetail }) {
  return (
    <article className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{deck.title}</h1>
        {deck.description && <p className="text-muted-fg">{deck.description}</p>}
      </header>
      <section aria-labelledby="items-title" className="space-y-3">
        <h2 id="items-title" className="text-lg font-semibold">
          Questions ({deck.items.length})
        </h2>
        {deck.items.length > 0 ? (
          <ol className="space-y-3">
            {deck.items.map((item) => (
              <li key={item.id} className="rounded-lg border border-border bg-card p-4">
                <p className="text-xs font-medium uppercase tracking-wide text-muted-fg">{KIND_LABEL[item.kind] ?? item.kind}</p>
                <p className="mt-1">{item.prompt}</p>
                <ItemPayloadView payload={item.payload} />
                <p className="mt-2 text-sm">
                  <span className="font-medium">Answer:</span> {item.answer}
                </p>
                <blockquote className="mt-2 border-l-2 border-border pl-3 text-sm text-muted-fg">{item.sourceSentence}</blockquote>
              </li>
            ))}
          </ol>
        ) : (
          <EmptyState title="No questions yet">Questions appear here once they are generated from the article.</EmptyState>
        )}
      </section>
      {deck.article && (
        <section aria-labelledby="article-title" className="space-y-3">
          <h2 id="article-title" className="text-lg font-semibold">
            Article: {deck.article.title}
          </h2>
          <div className="space-y-3 rounded-lg border border-border bg-card p-4 leading-relaxed">
            {deck.article.text.split(/\n+/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        </section>
      )}
    </article>
  );
}
