"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { requireSessionUser } from "@/lib/auth";
import { clientAddressFromHeaders } from "@/lib/auth/client-address";
import { db } from "@/lib/db";
import { changePassword, signOutEverywhere } from "@/lib/data/users";
import { isAppError } from "@/lib/errors";
import { changePasswordSchema } from "@/lib/validations/auth";

export type SettingsActionState = {
  ok?: boolean;
  message?: string;
  errors?: Partial<Record<"currentPassword" | "newPassword", string[]>>;
};

export async function signOutEverywhereAction(): Promise<SettingsActionState> {
  const user = await requireSessionUser();
  await signOutEverywhere(db, { userId: user.id });
  return { ok: true };
}

export async function changePasswordAction(_prev: SettingsActionState, formData: FormData): Promise<SettingsActionState> {
  const user = await requireSessionUser();
  const parsed = changePasswordSchema.safeParse({
    currentPassword: String(formData.get("currentPassword") ?? "").slice(0, 1000),
    newPassword: String(formData.get("newPassword") ?? "").slice(0, 1000),
  });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "Please fix the highlighted fields." };
  try {
    await changePassword(db, { userId: user.id, ...parsed.data, address: clientAddressFromHeaders(await headers()) });
    return { ok: true, message: "Password changed. Every other session has been signed out." };
  } catch (error) {
    if (isAppError(error) && error.code === "RATE_LIMITED") return { message: error.message };
    if (isAppError(error)) return { errors: { currentPassword: [error.message] }, message: error.message };
    throw error;
  }
}
