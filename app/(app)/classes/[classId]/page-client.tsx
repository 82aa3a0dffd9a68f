"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { AssignDeckForm } from "@/components/classes/assign-deck-form";
import { ClassAssignmentList } from "@/components/classes/class-assignment-list";
import { ClassForm } from "@/components/classes/class-form";
import { ClassHeader } from "@/components/classes/class-header";
import { JoinCodePanel } from "@/components/classes/join-code-panel";
import { Roster } from "@/components/classes/roster";
import { StudentAssignmentList } from "@/components/classes/student-assignment-list";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import type { ClassAssignment, StudentAssignment } from "@/lib/data/assignments";
import type { ClassDetail, StudentClassSummary } from "@/lib/data/classes";
import {
  archiveClassAction,
  createAssignmentAction,
  deleteAssignmentAction,
  leaveClassAction,
  regenerateJoinCodeAction,
  removeStudentAction,
  setJoinCodeEnabledAction,
  updateClassAction,
} from "../actions";

type TeacherProps = { classroom: ClassDetail; assignments: ClassAssignment[]; decks: { id: string; title: string; itemCount: number }[] };

export function ClassTeacherPageClient({ classroom, assignments, decks }: TeacherProps) {
  const [editing, setEditing] = useState(false);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const id = classroom.id;

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <ClassHeader name={classroom.name} section={classroom.section}>
          {classroom.studentCount} student{classroom.studentCount === 1 ? "" : "s"} · {assignments.length} assignment{assignments.length === 1 ? "" : "s"}
        </ClassHeader>
        <div className="flex gap-2">
          <Button variant="secondary" onClick={() => setEditing((v) => !v)} aria-expanded={editing}>
            {editing ? "Close" : "Edit class"}
          </Button>
          <Button
            variant="ghost"
            disabled={pending}
            onClick={() => {
              if (!window.confirm(`Archive ${classroom.name}? It disappears for you and your students; decks stop being shared through it.`)) return;
              startTransition(async () => {
                const result = await archiveClassAction(id);
                setError(result.ok ? null : (result.message ?? "Could not archive the class."));
              });
            }}
          >
            Archive
          </Button>
        </div>
      </div>
      <FormAlert message={error} />
      {editing && (
        <Card className="max-w-lg">
          <ClassForm action={updateClassAction} submitLabel="Save" classId={id} defaults={classroom} />
        </Card>
      )}

      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="assignments-title" className="space-y-3">
          <h2 id="assignments-title" className="text-lg font-semibold">
            Assignments
          </h2>
          {assignments.length > 0 ? (
            <ClassAssignmentList classId={id} assignments={assignments} remove={(assignmentId) => deleteAssignmentAction(id, assignmentId)} />
          ) : (
            <EmptyState title="Nothing assigned yet">Assign a deck below: students see it under My assignments.</EmptyState>
          )}
        </section>
        <section aria-labelledby="join-title" className="space-y-3">
          <h2 id="join-title" className="text-lg font-semibold">
            Invite students
          </h2>
          <Card>
            <JoinCodePanel
              joinCode={classroom.joinCode}
              enabled={classroom.joinCodeEnabled}
              regenerate={() => regenerateJoinCodeAction(id)}
              setEnabled={(enabled) => setJoinCodeEnabledAction(id, enabled)}
            />
          </Card>
        </section>
      </div>

      <section aria-labelledby="assign-title" className="space-y-3">
        <h2 id="assign-title" className="text-lg font-semibold">
          Assign a deck
        </h2>
        <Card>
          {decks.length > 0 ? (
            <AssignDeckForm classId={id} decks={decks} action={createAssignmentAction} />
          ) : (
            <p className="text-sm">
              You have no decks to assign yet. <Link href="/decks" className="text-primary underline">Make a deck from an article</Link> first.
            </p>
          )}
        </Card>
      </section>

      <section aria-labelledby="roster-title" className="space-y-3">
        <h2 id="roster-title" className="text-lg font-semibold">
          Students ({classroom.studentCount})
        </h2>
        <Roster students={classroom.students} remove={(studentId) => removeStudentAction(id, studentId)} />
      </section>
    </div>
  );
}

type StudentProps = { classroom: StudentClassSummary; assignments: StudentAssignment[]; now: Date };

export function ClassStudentPageClient({ classroom, assignments, now }: StudentProps) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <ClassHeader name={classroom.name} section={classroom.section}>
          Teacher: {classroom.teacherName}
        </ClassHeader>
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() => {
            if (!window.confirm(`Leave ${classroom.name}? You need a join code to come back.`)) return;
            startTransition(async () => {
              const result = await leaveClassAction(classroom.id);
              setError(result.ok ? null : (result.message ?? "Could not leave the class."));
            });
          }}
        >
          Leave class
        </Button>
      </div>
      <FormAlert message={error} />
      <section aria-labelledby="assignments-title" className="space-y-3">
        <h2 id="assignments-title" className="text-lg font-semibold">
          My assignments
        </h2>
        {assignments.length > 0 ? (
          <StudentAssignmentList assignments={assignments} now={now} />
        ) : (
          <EmptyState title="No assignments yet">Your teacher has not assigned anything in this class yet.</EmptyState>
        )}
      </section>
    </div>
  );
}
