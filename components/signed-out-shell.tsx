import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";

/**
 * The header for pages a signed-out visitor can reach inside the app's frame: the name and Sign in.
 * Plain links: the root not-found draws it, and whatever it imports loads on every page.
 */
export function SignedOutShell({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-border bg-card">
        <div className="mx-auto flex max-w-5xl items-center gap-4 px-4 py-2">
          <a href="/" className="rounded-md text-lg font-semibold tracking-tight">
            Factdeck
          </a>
          <a href="/login" className={buttonClasses("ghost", "ml-auto")}>
            Sign in
          </a>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
