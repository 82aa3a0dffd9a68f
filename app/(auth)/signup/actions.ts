"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { clientAddressFromHeaders } from "@/lib/auth/client-address";
import { registerUser } from "@/lib/auth/sign-up";
import { db } from "@/lib/db";
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
    await registerUser(db, { input: parsed.data, address: clientAddressFromHeaders(await headers()) });
    return { ok: true };
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT") return { errors: { email: [error.message] }, message: error.message, values };
    if (isAppError(error)) return { message: error.message, values };
    throw error;
  }
}
