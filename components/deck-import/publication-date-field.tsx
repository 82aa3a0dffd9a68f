"use client";

import { Button } from "@/components/ui/button";

function readable(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/** The publication date (defaults to today); a dateline found in the article is offered with one click. */
export function PublicationDateField({ value, onChange, detected, errors }: { value: string; onChange: (day: string) => void; detected?: string; errors?: string[] }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="publishedAt" className="text-sm font-medium">
        Publication date
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id="publishedAt"
          name="publishedAt"
          type="date"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby="publishedAt-hint"
          aria-invalid={Boolean(errors?.length) || undefined}
          className="min-h-10 rounded-md border border-border bg-bg px-3 py-2 text-sm"
        />
        {detected && detected !== value && (
          <Button variant="secondary" onClick={() => onChange(detected)}>
            Use the article&apos;s date: {readable(detected)}
          </Button>
        )}
      </div>
      <p id="publishedAt-hint" className="text-xs text-muted-fg">
        Words like &ldquo;Monday&rdquo; and &ldquo;last year&rdquo; in the article are read against this date.
      </p>
      {errors?.length ? <p className="text-sm text-danger">{errors.join(" ")}</p> : null}
    </div>
  );
}
