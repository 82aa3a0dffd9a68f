"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ArticleText } from "@/components/article-text";
import { DeckDeleteButton } from "@/components/deck-delete-button";
import { DeckQuestionList } from "@/components/deck-question-list";
import { DeckVisibilityControl } from "@/components/deck-visibility-control";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import type { DeckOverview } from "@/lib/data/deck-overview";
import { copyDeckAction } from "../actions";
import { formatDate } from "@/lib/utils/date-format";

function formatDay(date: Date | string) {
  return formatDate(new Date(date), "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

export function DeckPageClient({ overview }: { overview: DeckOverview }) {
  const { deck, article, counts, questions, sentences } = overview;
  const router = useRouter();
  const [copying, setCopying] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function copy() {
    setCopying(true);
    const result = await copyDeckAction(deck.id);
    if (result.ok) router.push(`/decks/${result.data.deckId}/edit`);
    else {
      setError(result.message);
      setCopying(false);
    }
  }

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-2xl font-semibold">{deck.title}</h1>
        {deck.description && <p className="text-muted-fg">{deck.description}</p>}
        <p className="text-sm text-muted-fg">
          {article?.sourceUrl ? (
            <>
              Source:{" "}
              <a href={article.sourceUrl} className="underline" rel="noopener noreferrer nofollow" target="_blank">
                {new URL(article.sourceUrl).hostname}
              </a>
            </>
          ) : (
            "Source: pasted or uploaded article"
          )}
          {article?.publishedAt ? ` · published ${formatDay(article.publishedAt)}` : ""}
          {!deck.isOwn && " · shared with you, read-only"}
        </p>
        <dl className="flex flex-wrap gap-3 text-sm">
          {[
            ["Facts", counts.facts],
            ["Questions", counts.items],
            ["Accepted by the author", counts.accepted],
            ["Due for you", counts.due],
          ].map(([label, value]) => (
            <div key={label} className="rounded-md border border-border bg-card px-3 py-2">
              <dt className="text-muted-fg">{label}</dt>
              <dd className="text-lg font-semibold">{value}</dd>
            </div>
          ))}
        </dl>
        <div className="flex flex-wrap gap-2">
          <Link href={`/decks/${deck.id}/quiz`} className={buttonClasses("primary")}>
            Take a quiz
          </Link>
          <Link href={`/decks/${deck.id}/review`} className={buttonClasses("secondary")}>
            Study flashcards
          </Link>
          {deck.isOwn ? (
            <Link href={`/decks/${deck.id}/edit`} className={buttonClasses("secondary")}>
              Edit deck
            </Link>
          ) : (
            <Button variant="secondary" onClick={copy} disabled={copying}>
              {copying ? "Copying…" : "Copy to my decks"}
            </Button>
          )}
          {deck.isOwn && <DeckDeleteButton deckId={deck.id} title={deck.title} onDeleted={() => router.push("/decks")} />}
        </div>
        <FormAlert message={error} />
        {deck.isOwn && <DeckVisibilityControl deckId={deck.id} visibility={deck.visibility} />}
      </header>

      <section aria-labelledby="items-title" className="space-y-3">
        <h2 id="items-title" className="text-lg font-semibold">
          Questions ({questions.length})
        </h2>
        <DeckQuestionList questions={questions} />
      </section>

      {article && (
        <section aria-labelledby="article-title" className="space-y-3">
          <h2 id="article-title" className="text-lg font-semibold">
            Article: {article.title}
          </h2>
          <ArticleText text={article.text} sentences={sentences} />
        </section>
      )}
    </article>
  );
}
