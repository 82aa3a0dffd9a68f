import Link from "next/link";
import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
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

/** Unknown addresses and records the user may not see: the app's header and navigation stay. */
export default async function NotFound() {
  const user = await getSessionUser().catch(() => null);
  const body = (
    <section className="flex max-w-md flex-col items-start gap-4 py-10">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-muted-fg">This page does not exist, or it is not shared with you.</p>
      <Link href="/" className={buttonClasses("secondary")}>
        Go home
      </Link>
    </section>
  );
  return user ? <AppShell user={user}>{body}</AppShell> : <SignedOutShell>{body}</SignedOutShell>;
}
