import type { Metadata } from "next";
import Link from "next/link";
import { TeacherClassList } from "@/components/classes/class-list";
import { StudentAssignmentList } from "@/components/classes/student-assignment-list";
import { buttonClasses } from "@/components/ui/button";
import { DeckList } from "@/components/deck-list";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth";
import { listAssignmentsForStudent } from "@/lib/data/assignments";
import { listClassesForTeacher } from "@/lib/data/classes";
import { listDecksForUser } from "@/lib/data/decks";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage() {
  const user = await requireUser("/");
  const isStudent = user.role === "STUDENT";
  const now = new Date();
  const isTeacher = user.role === "TEACHER" || user.role === "ADMIN";
  const [decks, assignments, classes] = await Promise.all([
    listDecksForUser(db, { userId: user.id }),
    isStudent ? listAssignmentsForStudent(db, { userId: user.id, now }) : Promise.resolve([]),
    isTeacher ? listClassesForTeacher(db, { userId: user.id }) : Promise.resolve([]),
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
            <StudentAssignmentList assignments={assignments} now={now} />
          ) : (
            <EmptyState title="No assignments yet">
              When your teacher assigns a deck to your class, it appears here. Got a join code?{" "}
              <Link href="/join" className="text-primary underline">
                Join a class
              </Link>
            </EmptyState>
          )}
        </section>
      )}
      {isTeacher && (
        <section aria-labelledby="classes-title" className="space-y-3">
          <h2 id="classes-title" className="text-lg font-semibold">
            Your classes
          </h2>
          {classes.length > 0 ? (
            <TeacherClassList classes={classes} />
          ) : (
            <EmptyState title="No classes yet" action={<Link href="/classes/new" className={buttonClasses("primary")}>Create a class</Link>}>
              Create a class and share its join code to assign decks to your students.
            </EmptyState>
          )}
        </section>
      )}
      <section aria-labelledby="decks-title" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="decks-title" className="text-lg font-semibold">
            Your decks
          </h2>
          <Link href="/decks/new" className={buttonClasses("primary")}>
            New deck
          </Link>
        </div>
        {decks.length > 0 ? (
          <DeckList decks={decks} />
        ) : (
          <EmptyState title="No decks yet">Decks built from articles you add, and decks shared with you, appear here.</EmptyState>
        )}
      </section>
    </div>
  );
}
