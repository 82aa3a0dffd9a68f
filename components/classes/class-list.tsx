import Link from "next/link";
import type { ClassSummary, StudentClassSummary } from "@/lib/data/classes";

export function TeacherClassList({ classes }: { classes: ClassSummary[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {classes.map((c) => (
        <li key={c.id}>
          <Link href={`/classes/${c.id}`} className="block h-full rounded-lg border border-border bg-card p-4 shadow-sm transition hover:border-primary">
            <span className="font-medium">{c.name}</span>
            {c.section && <span className="text-muted-fg"> · {c.section}</span>}
            <span className="mt-1 block text-sm text-muted-fg">
              {c.studentCount} student{c.studentCount === 1 ? "" : "s"} · {c.assignmentCount} assignment{c.assignmentCount === 1 ? "" : "s"} ·{" "}
              {c.joinCodeEnabled ? `code ${c.joinCode}` : "joining off"}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function StudentClassList({ classes }: { classes: StudentClassSummary[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {classes.map((c) => (
        <li key={c.id}>
          <Link href={`/classes/${c.id}`} className="block h-full rounded-lg border border-border bg-card p-4 shadow-sm transition hover:border-primary">
            <span className="font-medium">{c.name}</span>
            {c.section && <span className="text-muted-fg"> · {c.section}</span>}
            <span className="mt-1 block text-sm text-muted-fg">
              {c.teacherName} · {c.assignmentCount} assignment{c.assignmentCount === 1 ? "" : "s"}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
