import type { Metadata } from "next";
import { AssignmentList } from "@/components/assignment-list";
import { DeckList } from "@/components/deck-list";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth";
import { listAssignmentsForStudent } from "@/lib/data/assignments";
import { listDecksForUser } from "@/lib/data/decks";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage() {
  const user = await requireUser("/");
  const isStudent = user.role === "STUDENT";
  const [decks, assignments] = await Promise.all([
    listDecksForUser(db, { userId: user.id }),
    isStudent ? listAssignmentsForStudent(db, { userId: user.id }) : Promise.resolve([]),
  ]);

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Welcome{user.name ? `, ${user.name}` : ""}</h1>
      {isStudent && (
        <section aria-labelledby="assignments-title" className="space-y-3">
          <h2 id="assignments-title" className="text-lg font-semibold">
            Your assignments
          </h2>
          {assignments.length > 0 ? (
            <AssignmentList assignments={assignments} now={new Date()} />
          ) : (
            <EmptyState title="No assignments yet">
              When your teacher assigns a set to your class, it appears here. Ask them for your class join code.
            </EmptyState>
          )}
        </section>
      )}
      <section aria-labelledby="decks-title" className="space-y-3">
        <h2 id="decks-title" className="text-lg font-semibold">
          Your decks
        </h2>
        {decks.length > 0 ? (
          <DeckList decks={decks} />
        ) : (
          <EmptyState title="No decks yet">Decks built from articles you add, and decks shared with you, appear here.</EmptyState>
        )}
      </section>
    </div>
  );
}
