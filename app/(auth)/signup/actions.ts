"use server";

import { z } from "zod";
import { db } from "@/lib/db";
import { createUser } from "@/lib/data/users";
import { isAppError } from "@/lib/errors";
import { signUpSchema } from "@/lib/validations/auth";

export type SignUpState = {
  ok?: boolean;
  message?: string;
  errors?: Partial<Record<"name" | "email" | "password" | "isTeacher", string[]>>;
  values?: { name: string; email: string; isTeacher: boolean };
};

export async function signUpAction(_prev: SignUpState, formData: FormData): Promise<SignUpState> {
  const values = {
    name: String(formData.get("name") ?? "").slice(0, 1000),
    email: String(formData.get("email") ?? "").slice(0, 1000),
    isTeacher: formData.get("isTeacher") === "on",
  };
  const parsed = signUpSchema.safeParse({ ...values, password: String(formData.get("password") ?? "").slice(0, 1000) });
  if (!parsed.success) {
    return { errors: z.flattenError(parsed.error).fieldErrors, message: "Please fix the highlighted fields.", values };
  }
  try {
    await createUser(db, parsed.data);
    return { ok: true };
  } catch (error) {
    if (isAppError(error)) return { errors: { email: [error.message] }, message: error.message, values };
    throw error;
  }
}
