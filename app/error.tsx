"use client";

import { Button } from "@/components/ui/button";
import { BUSY_MESSAGE } from "@/lib/http/public-error";

/** What the user sees when a page fails on the server: never the error's text (the log keeps it). */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="mx-auto flex max-w-md flex-col items-start gap-4 px-4 py-16">
      <h1 className="text-2xl font-semibold">{BUSY_MESSAGE}</h1>
      <p className="text-muted-fg">
        Nothing you entered was lost. Try again in a moment; if it keeps happening, tell us the reference below.
      </p>
      {error.digest && <p className="font-mono text-sm text-muted-fg">Reference: {error.digest}</p>}
      <Button onClick={reset}>Try again</Button>
    </section>
  );
}
