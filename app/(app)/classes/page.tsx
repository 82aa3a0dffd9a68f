import type { Metadata } from "next";
import Link from "next/link";
import { ArchivedClassList } from "@/components/classes/archived-class-list";
import { StudentClassList, TeacherClassList } from "@/components/classes/class-list";
import { StudentAssignmentList } from "@/components/classes/student-assignment-list";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth";
import { listAssignmentsForStudent } from "@/lib/data/assignments";
import { listArchivedClassesForTeacher, listClassesForStudent, listClassesForTeacher } from "@/lib/data/classes";
import { db } from "@/lib/db";
import { restoreClassAction } from "./actions";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage() {
  const user = await requireUser("/classes");
  const isTeacher = user.role === "TEACHER" || user.role === "ADMIN";
  const now = new Date();
  const [taught, archived, joined, assignments] = await Promise.all([
    isTeacher ? listClassesForTeacher(db, { userId: user.id }) : Promise.resolve([]),
    isTeacher ? listArchivedClassesForTeacher(db, { userId: user.id }) : Promise.resolve([]),
    listClassesForStudent(db, { userId: user.id }),
    listAssignmentsForStudent(db, { userId: user.id, now }),
  ]);
  const showStudent = !isTeacher || joined.length > 0;

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Classes</h1>
        <div className="flex gap-2">
          <Link href="/join" className={buttonClasses(isTeacher ? "secondary" : "primary")}>
            Join a class
          </Link>
          {isTeacher && (
            <Link href="/classes/new" className={buttonClasses("primary")}>
              New class
            </Link>
          )}
        </div>
      </div>

      {isTeacher && (
        <section aria-labelledby="taught-title" className="space-y-3">
          <h2 id="taught-title" className="text-lg font-semibold">
            Classes you teach
          </h2>
          {taught.length > 0 ? (
            <TeacherClassList classes={taught} />
          ) : (
            <EmptyState title="No classes yet" action={<Link href="/classes/new" className={buttonClasses("primary")}>Create your first class</Link>}>
              Create a class, share its join code with your students, then assign them a deck.
            </EmptyState>
          )}
          {archived.length > 0 && <ArchivedClassList classes={archived} restore={restoreClassAction} />}
        </section>
      )}

      {showStudent && (
        <>
          <section aria-labelledby="assignments-title" className="space-y-3">
            <h2 id="assignments-title" className="text-lg font-semibold">
              My assignments
            </h2>
            {assignments.length > 0 ? (
              <StudentAssignmentList assignments={assignments} now={now} />
            ) : (
              <EmptyState title="No assignments yet">When your teacher assigns a deck to your class, it appears here.</EmptyState>
            )}
          </section>
          <section aria-labelledby="joined-title" className="space-y-3">
            <h2 id="joined-title" className="text-lg font-semibold">
              {isTeacher ? "Classes you are in" : "My classes"}
            </h2>
            {joined.length > 0 ? (
              <StudentClassList classes={joined} />
            ) : (
              <EmptyState title="You are not in a class yet" action={<Link href="/join" className={buttonClasses("primary")}>Enter a join code</Link>}>
                Your teacher gives you a join code or a join link.
              </EmptyState>
            )}
          </section>
        </>
      )}
    </div>
  );
}
