import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LocalDateTime } from "@/components/classes/local-date-time";
import { requireUser } from "@/lib/auth";
import { getStudentAnswers } from "@/lib/data/analytics";
import { orNotFound } from "@/lib/data/classes-not-found";
import { db } from "@/lib/db";
import { assignmentStudentSchema } from "@/lib/validations/classes";

export const metadata: Metadata = { title: "Student answers" };

type Props = { params: Promise<{ classId: string; assignmentId: string; studentId: string }> };

export default async function StudentAnswersPage({ params }: Props) {
  const parsed = assignmentStudentSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { classId, assignmentId, studentId } = parsed.data;
  const back = `/classes/${classId}/assignments/${assignmentId}`;
  const user = await requireUser(`${back}/students/${studentId}`);
  const detail = await orNotFound(getStudentAnswers(db, { userId: user.id, classId, assignmentId, studentId }));
  if (!detail) notFound();
  const { assignment, student, attempts } = detail;

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href={back} className="text-muted-fg hover:underline">
            {assignment.deck.title} · {assignment.classroom.name}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{student.name ?? student.email}</h1>
        <p className="text-sm text-muted-fg">{student.email}</p>
      </div>
      {attempts.length === 0 && <p className="text-sm text-muted-fg">No quiz attempts for this assignment yet.</p>}
      {attempts.map((attempt, index) => (
        <section key={attempt.id} aria-labelledby={`attempt-${attempt.id}`} className="space-y-2">
          <h2 id={`attempt-${attempt.id}`} className="text-lg font-semibold">
            Attempt {index + 1}: {attempt.score === null ? "not finished" : `${attempt.score}% (${attempt.correct}/${attempt.total})`}
          </h2>
          <p className="text-sm text-muted-fg">
            Started <LocalDateTime value={attempt.startedAt} />
            {attempt.finishedAt && (
              <>
                {" "}
                · finished <LocalDateTime value={attempt.finishedAt} />
              </>
            )}
          </p>
          <div className="overflow-x-auto rounded-lg border border-border bg-card">
            <table className="w-full text-sm">
              <caption className="sr-only">Answers in attempt {index + 1}</caption>
              <thead className="bg-muted/60 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">Question</th>
                  <th scope="col" className="px-3 py-2">Their answer</th>
                  <th scope="col" className="px-3 py-2">Expected</th>
                  <th scope="col" className="px-3 py-2">Result</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-border">
                {attempt.answers.map((a) => (
                  <tr key={a.itemId}>
                    <td className="px-3 py-2">{a.prompt}</td>
                    <td className="px-3 py-2">{a.response || <span className="text-muted-fg">(blank)</span>}</td>
                    <td className="px-3 py-2">{a.expected}</td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {a.overridden ? (
                        <span className="font-medium text-primary" title={a.overriddenAt ? `Overridden ${a.overriddenAt.toISOString()}` : undefined}>
                          Counted right: the student chose “I was right” (graded wrong)
                        </span>
                      ) : a.correct ? (
                        <span className="text-success">Right</span>
                      ) : (
                        <span className="text-danger">Wrong</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
