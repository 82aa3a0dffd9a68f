"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { joinClassForActor, type ClassActionState } from "@/lib/data/classes-actions";

export async function joinClassAction(_prev: ClassActionState, formData: FormData): Promise<ClassActionState> {
  const result = await joinClassForActor(db, await getSessionUser(), formData);
  if (result.ok && result.redirectTo) {
    revalidatePath("/", "layout");
    redirect(result.redirectTo);
  }
  return result;
}
