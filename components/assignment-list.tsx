import Link from "next/link";
import type { StudentAssignment } from "@/lib/data/assignments";

const MODE_LABEL: Record<string, string> = { QUIZ: "Quiz", FLASHCARDS: "Flashcards", BOTH: "Quiz and flashcards" };

export function AssignmentList({ assignments, now }: { assignments: StudentAssignment[]; now: Date }) {
  return (
    <ul className="divide-y divide-border rounded-lg border border-border bg-card">
      {assignments.map((assignment) => {
        const overdue = assignment.dueAt !== null && assignment.dueAt < now;
        return (
          <li key={assignment.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
            <div>
              <Link href={`/decks/${assignment.deckId}`} className="font-medium hover:underline">
                {assignment.deckTitle}
              </Link>
              <p className="text-sm text-muted-fg">
                {assignment.classroomName} · {MODE_LABEL[assignment.mode] ?? assignment.mode}
              </p>
            </div>
            {assignment.dueAt && (
              <p className={overdue ? "text-sm font-medium text-danger" : "text-sm text-muted-fg"}>
                {overdue ? "Overdue since " : "Due "}
                <time dateTime={assignment.dueAt.toISOString()}>
                  {assignment.dueAt.toLocaleDateString("en", { dateStyle: "medium" })}
                </time>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
