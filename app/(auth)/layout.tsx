import type { ReactNode } from "react";
import { ThemeToggle } from "@/components/theme-toggle";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-5xl items-center justify-between px-4 py-3">
        <span className="text-lg font-semibold tracking-tight">Factdeck</span>
        <ThemeToggle />
      </header>
      <main id="main" className="mx-auto grid w-full max-w-5xl flex-1 items-start gap-10 px-4 py-8 md:grid-cols-2">
        <section className="space-y-3">
          <h1 className="text-3xl font-semibold tracking-tight">Learn any article by heart.</h1>
          <p className="text-muted-fg">
            Factdeck turns an article into quizzes and flashcards built from its facts. Every answer quotes the sentence it
            came from, reviews are scheduled with FSRS, and teachers can assign sets to their classes.
          </p>
        </section>
        <section className="rounded-lg border border-border bg-card p-6 shadow-sm">{children}</section>
      </main>
    </div>
  );
}
