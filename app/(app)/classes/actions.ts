"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth";
import { db } from "@/lib/db";
import {
  archiveClassForActor,
  createAssignmentForActor,
  createClassForActor,
  deleteAssignmentForActor,
  leaveClassForActor,
  regenerateJoinCodeForActor,
  removeStudentForActor,
  restoreClassForActor,
  setJoinCodeEnabledForActor,
  updateAssignmentForActor,
  updateClassForActor,
  type ClassActionState,
} from "@/lib/data/classes-actions";

async function finish(state: Promise<ClassActionState>): Promise<ClassActionState> {
  const result = await state;
  if (result.ok) revalidatePath("/classes", "layout");
  if (result.ok && result.redirectTo) redirect(result.redirectTo);
  return result;
}

export async function createClassAction(_prev: ClassActionState, formData: FormData) {
  return finish(createClassForActor(db, await getSessionUser(), formData));
}

export async function updateClassAction(_prev: ClassActionState, formData: FormData) {
  return finish(updateClassForActor(db, await getSessionUser(), formData));
}

export async function regenerateJoinCodeAction(classId: string) {
  return finish(regenerateJoinCodeForActor(db, await getSessionUser(), { classId }));
}

export async function setJoinCodeEnabledAction(classId: string, enabled: boolean) {
  return finish(setJoinCodeEnabledForActor(db, await getSessionUser(), { classId, enabled }));
}

export async function removeStudentAction(classId: string, studentId: string) {
  return finish(removeStudentForActor(db, await getSessionUser(), { classId, studentId }));
}

export async function leaveClassAction(classId: string) {
  return finish(leaveClassForActor(db, await getSessionUser(), { classId }));
}

export async function archiveClassAction(classId: string) {
  return finish(archiveClassForActor(db, await getSessionUser(), { classId }));
}

export async function restoreClassAction(classId: string) {
  return finish(restoreClassForActor(db, await getSessionUser(), { classId }));
}

export async function createAssignmentAction(_prev: ClassActionState, formData: FormData) {
  return finish(createAssignmentForActor(db, await getSessionUser(), formData));
}

export async function updateAssignmentAction(_prev: ClassActionState, formData: FormData) {
  return finish(updateAssignmentForActor(db, await getSessionUser(), formData));
}

export async function deleteAssignmentAction(classId: string, assignmentId: string) {
  return finish(deleteAssignmentForActor(db, await getSessionUser(), { classId, assignmentId }));
}
