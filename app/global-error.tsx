"use client";

import "./globals.css";
import { BUSY_MESSAGE } from "@/lib/http/public-error";

/** Replaces the root layout when it fails itself: a bare page with the same message as app/error.tsx. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-dvh bg-bg text-fg antialiased">
        <main className="mx-auto flex max-w-md flex-col items-start gap-4 px-4 py-16">
          <h1 className="text-2xl font-semibold">{BUSY_MESSAGE}</h1>
          <p>Nothing you entered was lost. Try again in a moment.</p>
          {error.digest && <p className="font-mono text-sm">Reference: {error.digest}</p>}
          <button type="button" className="rounded-md border px-4 py-2" onClick={reset}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
