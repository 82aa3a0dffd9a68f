import Link from "next/link";
import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { NotFoundMessage } from "@/components/not-found-message";
import { buttonClasses } from "@/components/ui/button";
import { getSessionUser } from "@/lib/auth";

function SignedOutShell({ children }: { children: ReactNode }) {
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

/** Addresses that match no route: the app's header and navigation stay (for notFound() inside the app, see app/(app)/not-found.tsx). */
export default async function NotFound() {
  const user = await getSessionUser().catch(() => null);
  const body = <NotFoundMessage />;
  return user ? <AppShell user={user}>{body}</AppShell> : <SignedOutShell>{body}</SignedOutShell>;
}
