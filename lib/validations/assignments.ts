import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { idSchema } from "./ids";

export const ASSIGNMENT_MODES = ["QUIZ", "FLASHCARDS", "BOTH"] as const;
export type AssignmentMode = (typeof ASSIGNMENT_MODES)[number];
export const DEFAULT_SPACED_DAYS = 2;

function isTimeZone(value: string) {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2026-12-01T23:59" read as a wall-clock time in `timeZone` (what a datetime-local input sends). */
export function localDateTimeToInstant(value: string, timeZone: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new TZDate(year, month - 1, day, hour, minute, 0, timeZone);
  if (Number.isNaN(date.getTime()) || date.getMonth() !== month - 1) return null;
  return new Date(date.getTime());
}

const optionalInt = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .max(6)
    .transform((value, ctx) => {
      if (value === "") return null;
      const number = Number(value);
      if (!Number.isInteger(number) || number < min || number > max) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return number;
    });

const localDateTime = z.string().trim().max(16);

/** The assignment form: dates arrive as wall-clock times plus the teacher's browser time zone. */
export const assignmentFormSchema = z
  .object({
    classId: idSchema,
    deckId: idSchema,
    mode: z.enum(ASSIGNMENT_MODES, "Choose quiz, flashcards or both."),
    timeZone: z.string().trim().min(1).max(64).refine(isTimeZone, "Unknown time zone."),
    opensAt: localDateTime,
    dueAt: localDateTime,
    questionCount: optionalInt(1, 200, "Between 1 and 200 questions, or leave empty for every question."),
    attemptsAllowed: optionalInt(1, 20, "Between 1 and 20 attempts, or leave empty for no limit."),
    passMark: optionalInt(0, 100, "A pass mark is a percentage from 0 to 100."),
    spacedDays: optionalInt(1, 10, "Between 1 and 10 separate days."),
  })
  .transform((form, ctx) => {
    const toInstant = (field: "opensAt" | "dueAt") => {
      if (form[field] === "") return null;
      const instant = localDateTimeToInstant(form[field], form.timeZone);
      if (!instant) ctx.addIssue({ code: "custom", path: [field], message: "Enter a date and time." });
      return instant;
    };
    const opensAt = toInstant("opensAt");
    const dueAt = toInstant("dueAt");
    if (opensAt && dueAt && dueAt <= opensAt) ctx.addIssue({ code: "custom", path: ["dueAt"], message: "The due date must come after the open date." });
    const quiz = form.mode !== "FLASHCARDS";
    const cards = form.mode !== "QUIZ";
    return {
      classId: form.classId,
      deckId: form.deckId,
      mode: form.mode,
      opensAt,
      dueAt,
      questionCount: quiz ? form.questionCount : null,
      attemptsAllowed: quiz ? form.attemptsAllowed : null,
      passMark: quiz ? form.passMark : null,
      spacedDays: cards ? (form.spacedDays ?? DEFAULT_SPACED_DAYS) : null,
    };
  });
export type AssignmentForm = z.output<typeof assignmentFormSchema>;

