import { UserRound } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { NavLinks, type NavLink } from "./nav-links";
import { PageFrame } from "./page-frame";
import { SignOutButton } from "./sign-out-button";
import { ThemeToggle } from "./theme-toggle";

export type AppShellProps = { user: { name: string | null; email: string; role: string }; children: ReactNode };

export function navLinksFor(_role: string): NavLink[] {
  const links: NavLink[] = [
    { href: "/decks", label: "Decks" },
    { href: "/review", label: "Review" },
    { href: "/quizzes", label: "Quizzes" },
    { href: "/stats", label: "Stats" },
    // Everyone: teachers run classes there, students find their classes and assignments.
    { href: "/classes", label: "Classes" },
  ];
  return links;
}

export function AppShell({ user, children }: AppShellProps) {
  return (
    <PageFrame
      header={
        <>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-bg focus:p-2">
            Skip to content
          </a>
          <header className="border-b border-border bg-card">
            <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
              <Link href="/" className="rounded-md text-lg font-semibold tracking-tight">
                Factdeck
              </Link>
              <nav aria-label="Main" className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
                <NavLinks links={navLinksFor(user.role)} />
              </nav>
              <div className="ml-auto flex items-center gap-1">
                <Link
                  href="/settings"
                  className="inline-flex min-h-10 max-w-40 items-center gap-2 rounded-md px-2 text-sm text-muted-fg hover:text-fg"
                  title={`Settings for ${user.email}`}
                >
                  <UserRound aria-hidden className="size-5 sm:hidden" />
                  <span className="sr-only truncate sm:not-sr-only">{user.name ?? user.email}</span>
                </Link>
                <ThemeToggle />
                <SignOutButton />
              </div>
            </div>
          </header>
        </>
      }
    >
      {children}
    </PageFrame>
  );
}
