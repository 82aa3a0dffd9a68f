"use client";

import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { MAX_UPLOAD_BYTES } from "@/lib/ingest/limits";
import type { ImportedArticle } from "@/lib/ingest/types";

type Source = "paste" | "file" | "url";
const TABS: { id: Source; label: string }[] = [
  { id: "paste", label: "Paste text" },
  { id: "file", label: "Upload a file" },
  { id: "url", label: "From a web address" },
];

async function extract(init: RequestInit): Promise<ImportedArticle> {
  let response: Response;
  try {
    response = await fetch("/api/decks/extract", { method: "POST", ...init });
  } catch {
    throw new Error("The server could not be reached. Check your connection and try again.");
  }
  const body = (await response.json().catch(() => ({}))) as { article?: ImportedArticle; error?: { message?: string } };
  if (!response.ok || !body.article) throw new Error(body.error?.message ?? "The article could not be read. Try again.");
  return body.article;
}

/** Where the article comes from: pasting fills the form directly; a file or a URL is read on the server first. */
export function ArticleSourcePicker({ onArticle, disabled }: { onArticle: (article: ImportedArticle) => void; disabled: boolean }) {
  const [source, setSource] = useState<Source>("paste");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);

  async function run(work: () => Promise<ImportedArticle>, what: string) {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const article = await work();
      onArticle(article);
      setDone(`Read ${what}: “${article.title || "untitled"}”, ${article.text.length.toLocaleString("en")} characters. Check it below, then generate.`);
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card className="space-y-4">
      <div role="tablist" aria-label="Article source" className="flex flex-wrap gap-2">
        {TABS.map((tab) => (
          <button
            key={tab.id}
            role="tab"
            type="button"
            id={`${id}-tab-${tab.id}`}
            aria-selected={source === tab.id}
            aria-controls={`${id}-panel`}
            onClick={() => setSource(tab.id)}
            className={
              source === tab.id
                ? "min-h-10 rounded-md bg-primary px-3 text-sm font-medium text-primary-fg"
                : "min-h-10 rounded-md border border-border px-3 text-sm font-medium hover:bg-muted"
            }
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${source}`} className="space-y-3">
        <FormAlert message={error} />
        {done && (
          <p role="status" className="text-sm text-success">
            {done}
          </p>
        )}
        {source === "paste" && <p className="text-sm text-muted-fg">Paste the article&apos;s title and text into the form below.</p>}
        {source === "file" && (
          <form
            className="flex flex-wrap items-end gap-3"
            onSubmit={(event) => {
              event.preventDefault();
              const file = fileInput.current?.files?.[0];
              if (!file || file.size === 0) return setError("Choose a .txt, .md or .html file to upload.");
              const form = new FormData();
              form.append("file", file, file.name);
              if (file.size > MAX_UPLOAD_BYTES) return setError("The file is larger than 2 MB. Upload a smaller file or paste the article text.");
              void run(() => extract({ body: form }), file.name);
            }}
          >
            <div className="flex flex-col gap-1">
              <label htmlFor={`${id}-file`} className="text-sm font-medium">
                Article file (.txt, .md or .html, up to 2 MB)
              </label>
              <input ref={fileInput} id={`${id}-file`} name="file" type="file" accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html" className="text-sm" />
            </div>
            <Button type="submit" variant="secondary" disabled={busy || disabled}>
              {busy ? "Reading…" : "Read file"}
            </Button>
          </form>
        )}
        {source === "url" && (
          <form
            className="flex flex-wrap items-end gap-3"
            onSubmit={(event) => {
              event.preventDefault();
              const url = String(new FormData(event.currentTarget).get("url") ?? "").trim();
              if (!url) return setError("Give the address of the article.");
              void run(() => extract({ headers: { "content-type": "application/json" }, body: JSON.stringify({ url }) }), url);
            }}
          >
            <div className="flex min-w-64 flex-1 flex-col gap-1">
              <label htmlFor={`${id}-url`} className="text-sm font-medium">
                Web address of the article
              </label>
              <input
                id={`${id}-url`}
                name="url"
                type="url"
                inputMode="url"
                placeholder="https://"
                maxLength={2000}
                className="min-h-10 rounded-md border border-border bg-bg px-3 py-2 text-sm"
              />
            </div>
            <Button type="submit" variant="secondary" disabled={busy || disabled}>
              {busy ? "Fetching…" : "Fetch article"}
            </Button>
          </form>
        )}
      </div>
    </Card>
  );
}
