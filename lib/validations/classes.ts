import { z } from "zod";
import { idSchema } from "./ids";

export const classFormSchema = z.object({
  name: z.string().trim().min(1, "Give the class a name.").max(100, "Keep the name under 100 characters."),
  section: z
    .string()
    .trim()
    .max(60, "Keep the section or term under 60 characters.")
    .transform((value) => value || null),
});
export type ClassForm = z.infer<typeof classFormSchema>;

/** Codes are typed by people: case, spaces and dashes are forgiven; the stored form is upper case. */
export const joinCodeSchema = z
  .string()
  .trim()
  .min(1, "Enter the join code your teacher gave you.")
  .max(32, "That is longer than any join code.")
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9 -]+$/, "A join code has only letters and digits."));
export type JoinCode = z.infer<typeof joinCodeSchema>;

export const classParamsSchema = z.object({ classId: idSchema });
export const classStudentSchema = z.object({ classId: idSchema, studentId: idSchema });
export const assignmentParamsSchema = z.object({ classId: idSchema, assignmentId: idSchema });
export const assignmentStudentSchema = z.object({ classId: idSchema, assignmentId: idSchema, studentId: idSchema });
