import Link from "next/link";
import type { ClassSummary, StudentClassSummary } from "@/lib/data/classes";

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

type ClassCard = { id: string; name: string; section: string | null; detail: string };

function ClassCards({ classes }: { classes: ClassCard[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {classes.map((c) => (
        <li key={c.id}>
          <Link href={`/classes/${c.id}`} className="block h-full rounded-lg border border-border bg-card p-4 shadow-sm transition hover:border-primary">
            <span className="font-medium">{c.name}</span>
            {c.section && <span className="text-muted-fg"> · {c.section}</span>}
            <span className="mt-1 block text-sm text-muted-fg">{c.detail}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function TeacherClassList({ classes }: { classes: ClassSummary[] }) {
  const cards = classes.map((c) => ({
    ...c,
    detail: `${plural(c.studentCount, "student")} · ${plural(c.assignmentCount, "assignment")} · ${c.joinCodeEnabled ? `code ${c.joinCode}` : "joining off"}`,
  }));
  return <ClassCards classes={cards} />;
}

export function StudentClassList({ classes }: { classes: StudentClassSummary[] }) {
  return <ClassCards classes={classes.map((c) => ({ ...c, detail: `${c.teacherName} · ${plural(c.assignmentCount, "assignment")}` }))} />;
}
