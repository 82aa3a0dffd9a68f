import { z } from "zod";
import { isCommonPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Email is too long.")
  .pipe(z.email("Enter a valid email address."));

const passwordFormat = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

export const newPasswordSchema = passwordFormat.refine((password) => !isCommonPassword(password), {
  message: "This password is too common. Choose one that is harder to guess.",
});

const CONTROL = /\p{Cc}/u;
// Embeddings, overrides, isolates and marks reorder the text around a name (U+202E "gpj.exe").
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
// Characters that draw nothing: format characters, separators, marks, and the fillers and
// blanks that render as empty space (Hangul fillers, braille blank, variation selectors).
const INVISIBLE = /[\p{Cf}\p{Z}\p{M}\u115F\u1160\u3164\uFFA0\u2800\u034F\u17B4\u17B5\u180B-\u180F\uFE00-\uFE0F]/gu;

/** A display name: NFC, trimmed, 1–100 characters, no control or bidi characters, something visible. */
export const displayNameSchema = z
  .string()
  .transform((name) => name.normalize("NFC").trim())
  .pipe(
    z
      .string()
      .min(1, "Enter your name.")
      .max(100, "Use at most 100 characters.")
      .refine((name) => !CONTROL.test(name), "Names cannot contain control characters such as line breaks or tabs.")
      .refine((name) => !BIDI_CONTROL.test(name), "Names cannot contain text-direction control characters.")
      .refine((name) => name.replace(INVISIBLE, "").length > 0, "Enter a name with visible letters."),
  );

export const signUpSchema = z.object({
  name: displayNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  isTeacher: z.boolean().default(false),
});
export type SignUp = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type SignIn = z.infer<typeof signInSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX_LENGTH),
    newPassword: newPasswordSchema,
  })
  .refine((value) => value.currentPassword !== value.newPassword, {
    message: "Choose a password different from the current one.",
    path: ["newPassword"],
  });
export type ChangePassword = z.infer<typeof changePasswordSchema>;
