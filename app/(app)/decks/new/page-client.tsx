"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { ArticleSourcePicker } from "@/components/deck-import/article-source-picker";
import { GenerationProgress } from "@/components/deck-import/generation-progress";
import { PublicationDateField } from "@/components/deck-import/publication-date-field";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { findDateline } from "@/lib/ingest/dateline";
import { MAX_ARTICLE_CHARS, MAX_TITLE_CHARS } from "@/lib/ingest/limits";

type ApiFailure = { error?: { message?: string; fields?: Record<string, string[] | undefined> } };

export function NewDeckPageClient({ today }: { today: string }) {
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const [publishedAt, setPublishedAt] = useState(today);
  const [detectedDate, setDetectedDate] = useState<string | undefined>();
  const [sourceUrl, setSourceUrl] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const [generating, setGenerating] = useState<{ chars: number; startedAt: number } | null>(null);
  const abort = useRef<AbortController | null>(null);

  const pastedDateline = detectedDate ?? (text ? findDateline(text) : undefined);

  function fill(article: { title: string; text: string; detectedDate?: string; sourceUrl?: string }) {
    setTitle(article.title.slice(0, MAX_TITLE_CHARS));
    setText(article.text);
    setDetectedDate(article.detectedDate);
    setSourceUrl(article.sourceUrl);
    setError(null);
  }

  async function generate(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    setFieldErrors({});
    if (text.length > MAX_ARTICLE_CHARS) {
      setError(`The article is longer than ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters. Split it into parts.`);
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setGenerating({ chars: text.length, startedAt: performance.now() });
    try {
      const response = await fetch("/api/decks", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ title, text, publishedAt, ...(sourceUrl && { sourceUrl }) }),
        signal: controller.signal,
      });
      const body = (await response.json().catch(() => ({}))) as ApiFailure & { deckId?: string; generationMs?: number };
      if (!response.ok || !body.deckId) {
        setFieldErrors(body.error?.fields ?? {});
        setError(body.error?.message ?? "The deck could not be made. Try again.");
        setGenerating(null);
        return;
      }
      router.push(`/decks/${body.deckId}/edit?new=1`);
    } catch (caught) {
      setGenerating(null);
      if ((caught as Error).name !== "AbortError") setError("The server could not be reached. Check your connection and try again.");
    }
  }

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">New deck</h1>
        <p className="text-muted-fg">Bring in an article; Factdeck finds its facts and writes questions you can check and edit.</p>
      </header>

      <ArticleSourcePicker onArticle={fill} disabled={generating !== null} />

      <Card>
        <form onSubmit={generate} className="space-y-4" aria-labelledby="article-heading" noValidate>
          <h2 id="article-heading" className="text-lg font-semibold">
            Article
          </h2>
          <FormAlert message={error} />
          <Field
            label="Title"
            name="title"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            maxLength={MAX_TITLE_CHARS}
            required
            errors={fieldErrors.title}
          />
          <div className="flex flex-col gap-1">
            <label htmlFor="text" className="text-sm font-medium">
              Article text
            </label>
            <textarea
              id="text"
              name="text"
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setDetectedDate(undefined);
              }}
              required
              rows={14}
              aria-describedby="text-hint"
              aria-invalid={Boolean(fieldErrors.text) || text.length > MAX_ARTICLE_CHARS || undefined}
              className="rounded-md border border-border bg-bg px-3 py-2 text-sm leading-relaxed aria-[invalid]:border-danger"
            />
            <p id="text-hint" className={text.length > MAX_ARTICLE_CHARS ? "text-sm text-danger" : "text-xs text-muted-fg"}>
              {text.length.toLocaleString("en")} of {MAX_ARTICLE_CHARS.toLocaleString("en")} characters
              {sourceUrl ? ` · from ${sourceUrl}` : ""}
            </p>
            {fieldErrors.text && <p className="text-sm text-danger">{fieldErrors.text.join(" ")}</p>}
          </div>
          <PublicationDateField value={publishedAt} onChange={setPublishedAt} detected={pastedDateline} errors={fieldErrors.publishedAt} />
          {generating ? (
            <GenerationProgress chars={generating.chars} startedAt={generating.startedAt} onCancel={() => abort.current?.abort()} />
          ) : (
            <Button type="submit" disabled={!title.trim() || !text.trim()}>
              Generate deck
            </Button>
          )}
        </form>
      </Card>
    </div>
  );
}
