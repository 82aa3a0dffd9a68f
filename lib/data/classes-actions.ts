import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth";
import type { Db } from "@/lib/db/client";
import { AppError, isAppError } from "@/lib/errors";
import { assignmentFormSchema } from "@/lib/validations/assignments";
import { assignmentParamsSchema, classFormSchema, classParamsSchema, classStudentSchema, joinCodeSchema } from "@/lib/validations/classes";
import { createAssignment, deleteAssignment, updateAssignment } from "./assignments";
import { archiveClass, createClass, joinClass, leaveClass, regenerateJoinCode, removeStudent, restoreClass, setJoinCodeEnabled, updateClass } from "./classes";

/**
 * The body of every classes server action: session → zod → data layer, with domain errors
 * turned into a message for the form. The "use server" files only add the session, the
 * database and navigation, so tests call these with any acting user (or none).
 */
export type ClassActionState = {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string[] | undefined>;
  /** where to go next (the action file redirects) */
  redirectTo?: string;
  joinCode?: string;
};

type Actor = Pick<SessionUser, "id"> | null;

const MAX_FIELD = 1000;
const ASSIGNMENT_FIELDS = ["classId", "deckId", "mode", "timeZone", "opensAt", "dueAt", "questionCount", "attemptsAllowed", "passMark", "spacedDays"];

function fields(formData: FormData, names: string[]) {
  return Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "").slice(0, MAX_FIELD)]));
}

async function run(actor: Actor, body: (userId: string) => Promise<ClassActionState>): Promise<ClassActionState> {
  try {
    if (!actor) throw new AppError("UNAUTHORIZED", "Unauthorized: sign in required.");
    return await body(actor.id);
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    if (error instanceof z.ZodError) return { ok: false, message: "The request is not valid." };
    throw error;
  }
}

function invalid(error: z.ZodError): ClassActionState {
  return { ok: false, errors: z.flattenError(error).fieldErrors as ClassActionState["errors"], message: "Please fix the highlighted fields." };
}

export function createClassForActor(db: Db, actor: Actor, formData: FormData) {
  return run(actor, async (userId) => {
    const parsed = classFormSchema.safeParse(fields(formData, ["name", "section"]));
    if (!parsed.success) return invalid(parsed.error);
    const { id } = await createClass(db, { userId, ...parsed.data });
    return { ok: true, redirectTo: `/classes/${id}` };
  });
}

export function updateClassForActor(db: Db, actor: Actor, formData: FormData) {
  return run(actor, async (userId) => {
    const { classId } = classParamsSchema.parse(fields(formData, ["classId"]));
    const parsed = classFormSchema.safeParse(fields(formData, ["name", "section"]));
    if (!parsed.success) return invalid(parsed.error);
    await updateClass(db, { userId, classId, ...parsed.data });
    return { ok: true, message: "Class details saved." };
  });
}

export function regenerateJoinCodeForActor(db: Db, actor: Actor, input: { classId: string }) {
  return run(actor, async (userId) => {
    const { classId } = classParamsSchema.parse(input);
    const joinCode = await regenerateJoinCode(db, { userId, classId });
    return { ok: true, joinCode, message: "New join code made. The old code and link no longer work." };
  });
}

export function setJoinCodeEnabledForActor(db: Db, actor: Actor, input: { classId: string; enabled: boolean }) {
  return run(actor, async (userId) => {
    const { classId, enabled } = classParamsSchema.extend({ enabled: z.boolean() }).parse(input);
    await setJoinCodeEnabled(db, { userId, classId, enabled });
    return { ok: true, message: enabled ? "Joining is on." : "Joining is off: the code and link no longer work." };
  });
}

export function removeStudentForActor(db: Db, actor: Actor, input: { classId: string; studentId: string }) {
  return run(actor, async (userId) => {
    await removeStudent(db, { userId, ...classStudentSchema.parse(input) });
    return { ok: true, message: "Student removed from the class." };
  });
}

export function leaveClassForActor(db: Db, actor: Actor, input: { classId: string }) {
  return run(actor, async (userId) => {
    await leaveClass(db, { userId, ...classParamsSchema.parse(input) });
    return { ok: true, redirectTo: "/classes" };
  });
}

export function archiveClassForActor(db: Db, actor: Actor, input: { classId: string }) {
  return run(actor, async (userId) => {
    await archiveClass(db, { userId, ...classParamsSchema.parse(input) });
    return { ok: true, redirectTo: "/classes" };
  });
}

export function restoreClassForActor(db: Db, actor: Actor, input: { classId: string }) {
  return run(actor, async (userId) => {
    const params = classParamsSchema.parse(input);
    await restoreClass(db, { userId, ...params });
    return { ok: true, redirectTo: `/classes/${params.classId}` };
  });
}

export function createAssignmentForActor(db: Db, actor: Actor, formData: FormData) {
  return run(actor, async (userId) => {
    const parsed = assignmentFormSchema.safeParse(fields(formData, ASSIGNMENT_FIELDS));
    if (!parsed.success) return invalid(parsed.error);
    const { id } = await createAssignment(db, { userId, ...parsed.data });
    return { ok: true, message: "Deck assigned.", redirectTo: `/classes/${parsed.data.classId}/assignments/${id}` };
  });
}

export function updateAssignmentForActor(db: Db, actor: Actor, formData: FormData) {
  return run(actor, async (userId) => {
    const { assignmentId } = assignmentParamsSchema.pick({ assignmentId: true }).parse(fields(formData, ["assignmentId"]));
    const parsed = assignmentFormSchema.safeParse(fields(formData, ASSIGNMENT_FIELDS));
    if (!parsed.success) return invalid(parsed.error);
    await updateAssignment(db, { userId, assignmentId, ...parsed.data });
    return { ok: true, message: "Assignment saved." };
  });
}

export function deleteAssignmentForActor(db: Db, actor: Actor, input: { classId: string; assignmentId: string }) {
  return run(actor, async (userId) => {
    await deleteAssignment(db, { userId, ...assignmentParamsSchema.parse(input) });
    return { ok: true, message: "Assignment deleted." };
  });
}

export function joinClassForActor(db: Db, actor: Actor, formData: FormData) {
  return run(actor, async (userId) => {
    const parsed = joinCodeSchema.safeParse(fields(formData, ["code"]).code);
    if (!parsed.success) return { ok: false, errors: { code: parsed.error.issues.map((i) => i.message) }, message: parsed.error.issues[0]?.message };
    const { classId } = await joinClass(db, { userId, code: parsed.data });
    return { ok: true, redirectTo: `/classes/${classId}` };
  });
}
