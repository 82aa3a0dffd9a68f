import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { ThemeToggle } from "@/components/theme-toggle";
import { getSessionUser } from "@/lib/auth";

/** Outside the (app) group: a join link must work for someone not signed in yet. */
export default async function JoinLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  if (user) return <AppShell user={user}>{<div className="mx-auto max-w-lg">{children}</div>}</AppShell>;
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-5xl items-center justify-between px-4 py-3">
        <span className="text-lg font-semibold tracking-tight">Factdeck</span>
        <ThemeToggle />
      </header>
      <main id="main" className="mx-auto w-full max-w-lg flex-1 px-4 py-8">
        {children}
      </main>
    </div>
  );
}
