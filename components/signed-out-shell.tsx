import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";

/** The header for pages a signed-out visitor can reach inside the app's frame: the name and Sign in. */
export function SignedOutShell({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-border bg-card">
        <div className="mx-auto flex max-w-5xl items-center gap-4 px-4 py-2">
          <Link href="/" className="rounded-md text-lg font-semibold tracking-tight">
            Factdeck
          </Link>
          <Link href="/login" className={buttonClasses("ghost", "ml-auto")}>
            Sign in
          </Link>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
