import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import { PageFrame } from "./page-frame";

/**
 * The header for pages a signed-out visitor can reach inside the app's frame: the name and Sign in.
 * Plain links: the root not-found draws it, and whatever it imports loads on every page.
 */
export function SignedOutShell({ children }: { children: ReactNode }) {
  return (
    <PageFrame
      header={
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
      }
    >
      {children}
    </PageFrame>
  );
}
