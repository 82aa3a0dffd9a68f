import Link from "next/link";
import { EmptyState } from "./ui/empty-state";
import { buttonClasses } from "./ui/button";

export function ComingSoon({ title, children }: { title: string; children: string }) {
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <EmptyState
        title="Coming soon"
        action={
          <Link href="/decks" className={buttonClasses("secondary")}>
            Browse your decks
          </Link>
        }
      >
        {children}
      </EmptyState>
    </section>
  );
}
