"use client";

import { useId, useState } from "react";
import { PublicationDateField } from "@/components/deck-import/publication-date-field";
import { Button } from "@/components/ui/button";
import { MAX_ARTICLE_CHARS, MAX_TITLE_CHARS } from "@/lib/ingest/limits";

export type ArticleValues = { title: string; text: string; publishedAt: string };

/** Edit the article, then regenerate: the teacher's decisions on facts that still exist are kept. */
export function ArticleEditForm({ initial, busy, onRegenerate, onCancel }: { initial: ArticleValues; busy: boolean; onRegenerate: (values: ArticleValues) => void; onCancel: () => void }) {
  const id = useId();
  const [values, setValues] = useState(initial);
  return (
    <form
      className="space-y-3 rounded-lg border border-primary bg-card p-4"
      aria-label="Edit the article"
      onSubmit={(event) => {
        event.preventDefault();
        onRegenerate(values);
      }}
    >
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-title`} className="text-sm font-medium">
          Title
        </label>
        <input id={`${id}-title`} value={values.title} maxLength={MAX_TITLE_CHARS} onChange={(e) => setValues({ ...values, title: e.target.value })} className="min-h-10 rounded-md border border-border bg-bg px-3 py-2 text-sm" />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-text`} className="text-sm font-medium">
          Article text
        </label>
        <textarea id={`${id}-text`} value={values.text} rows={16} onChange={(e) => setValues({ ...values, text: e.target.value })} className="rounded-md border border-border bg-bg px-3 py-2 text-sm leading-relaxed" />
        <p className="text-xs text-muted-fg">
          {values.text.length.toLocaleString("en")} of {MAX_ARTICLE_CHARS.toLocaleString("en")} characters. Questions you accepted, edited or discarded stay as they are for sentences that
          remain.
        </p>
      </div>
      <PublicationDateField value={values.publishedAt} onChange={(publishedAt) => setValues({ ...values, publishedAt })} />
      <div className="flex gap-2">
        <Button type="submit" disabled={busy || !values.text.trim() || !values.title.trim() || values.text.length > MAX_ARTICLE_CHARS}>
          {busy ? "Regenerating…" : "Save and regenerate"}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
