"use client";

import { Button } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="mx-auto flex max-w-md flex-col items-start gap-4 px-4 py-16">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-muted-fg">
        Nothing you entered was lost. Try again; if it keeps happening, tell us the reference below.
      </p>
      {error.digest && <p className="font-mono text-sm text-muted-fg">Reference: {error.digest}</p>}
      <Button onClick={reset}>Try again</Button>
    </section>
  );
}
