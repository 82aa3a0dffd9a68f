import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditAssignment } from "@/components/classes/edit-assignment";
import { ItemAnalysisView } from "@/components/classes/item-analysis-view";
import { LocalDateTime } from "@/components/classes/local-date-time";
import { MODE_LABEL, targetSummary } from "@/components/classes/mode-label";
import { ProgressTable } from "@/components/classes/progress-table";
import { buttonClasses } from "@/components/ui/button";
import { requireUser } from "@/lib/auth";
import { getAssignmentProgress, getItemAnalysis } from "@/lib/data/analytics";
import { orNotFound } from "@/lib/data/classes-not-found";
import { db } from "@/lib/db";
import { assignmentParamsSchema } from "@/lib/validations/classes";
import { updateAssignmentAction } from "../../../actions";

export const metadata: Metadata = { title: "Assignment results" };

type Props = { params: Promise<{ classId: string; assignmentId: string }> };

export default async function AssignmentResultsPage({ params }: Props) {
  const parsed = assignmentParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { classId, assignmentId } = parsed.data;
  const base = `/classes/${classId}/assignments/${assignmentId}`;
  const user = await requireUser(base);
  const [progress, analysis] = await Promise.all([
    orNotFound(getAssignmentProgress(db, { userId: user.id, classId, assignmentId })),
    orNotFound(getItemAnalysis(db, { userId: user.id, classId, assignmentId })),
  ]);
  if (!progress || !analysis) notFound();
  const { assignment, rows } = progress;
  const count = (status: string) => rows.filter((r) => r.progress.status === status).length;
  const scores = rows.map((r) => r.progress.bestScore).filter((s): s is number => s !== null);
  const api = `/api/classes/${classId}/assignments/${assignmentId}`;

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <p className="text-sm">
          <Link href={`/classes/${classId}`} className="text-muted-fg hover:underline">
            {assignment.classroom.name}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{assignment.deck.title}</h1>
        <p className="text-sm text-muted-fg">
          {MODE_LABEL[assignment.mode] ?? assignment.mode} · {targetSummary(assignment)}
        </p>
        <p className="text-sm text-muted-fg">
          {assignment.opensAt && (
            <>
              Opens <LocalDateTime value={assignment.opensAt} /> ·{" "}
            </>
          )}
          {assignment.dueAt ? (
            <>
              Due <LocalDateTime value={assignment.dueAt} />
            </>
          ) : (
            "No due date"
          )}
        </p>
        <EditAssignment
          classId={classId}
          action={updateAssignmentAction}
          assignment={{
            id: assignment.id,
            deckId: assignment.deckId,
            deckTitle: assignment.deck.title,
            mode: assignment.mode,
            opensAt: assignment.opensAt,
            dueAt: assignment.dueAt,
            questionCount: assignment.questionCount,
            attemptsAllowed: assignment.attemptsAllowed,
            passMark: assignment.passMark,
            spacedDays: assignment.spacedDays,
          }}
        />
      </div>

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {[
          ["Done", count("DONE")],
          ["In progress", count("IN_PROGRESS")],
          ["Not started", count("NOT_STARTED")],
          ["Late", count("LATE")],
          ["Median best score", scores.length > 0 ? `${median(scores)}%` : "—"],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border border-border bg-card p-3">
            <dt className="text-xs text-muted-fg">{label}</dt>
            <dd className={`text-2xl font-semibold tabular-nums ${label === "Late" && value !== 0 ? "text-danger" : ""}`}>{value}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="students-title" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="students-title" className="text-lg font-semibold">
            Students
          </h2>
          <a href={`${api}/grades`} className={buttonClasses("secondary")} download>
            Download grades (CSV)
          </a>
        </div>
        <ProgressTable rows={rows} showQuiz={assignment.mode !== "FLASHCARDS"} showCards={assignment.mode !== "QUIZ"} studentHref={`${base}/students`} />
      </section>

      <section aria-labelledby="items-title" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="items-title" className="text-lg font-semibold">
            Item analysis
          </h2>
          <a href={`${api}/item-analysis`} className={buttonClasses("secondary")} download>
            Download item analysis (CSV)
          </a>
        </div>
        <p className="text-sm text-muted-fg">Facts the class missed most come first. Answers marked “I was right” count as right.</p>
        <ItemAnalysisView facts={analysis.facts} editHref={assignment.deck.ownerId === user.id ? `/decks/${assignment.deckId}/edit` : null} />
      </section>
    </div>
  );
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}
