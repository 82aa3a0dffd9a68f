import { z } from "zod";
import { isValidTimeZone, parseSteps, SRS_BOUNDS } from "@/lib/srs";

const limit = z.coerce
  .number({ error: "Enter a number." })
  .int("Enter a whole number.")
  .min(SRS_BOUNDS.dailyLimit.min, `Use ${SRS_BOUNDS.dailyLimit.min} or more.`)
  .max(SRS_BOUNDS.dailyLimit.max, `Use at most ${SRS_BOUNDS.dailyLimit.max}.`);

const steps = z
  .string()
  .max(100, "Use at most 100 characters.")
  .transform((text, context) => {
    const parsed = parseSteps(text);
    if (!parsed) {
      context.addIssue({ code: "custom", message: `Write up to ${SRS_BOUNDS.steps.max} steps like "1m 10m" or "1h 1d" (m, h or d).` });
      return z.NEVER;
    }
    return parsed;
  });

/** The schedule settings form; percentages are entered as 70-97. */
export const srsSettingsSchema = z.object({
  desiredRetentionPercent: z.coerce
    .number({ error: "Enter a number." })
    .min(SRS_BOUNDS.desiredRetention.min * 100, "Use 70 or more.")
    .max(SRS_BOUNDS.desiredRetention.max * 100, "Use 97 or less."),
  maximumIntervalDays: z.coerce
    .number({ error: "Enter a number." })
    .int("Enter a whole number of days.")
    .min(SRS_BOUNDS.maximumIntervalDays.min, "Use at least 1 day.")
    .max(SRS_BOUNDS.maximumIntervalDays.max, "Use at most 36500 days (100 years)."),
  learningSteps: steps,
  relearningSteps: steps,
  timeZone: z.string().trim().min(1, "Choose a time zone.").max(64).refine(isValidTimeZone, "Choose a time zone from the list."),
  dayStartHour: z.coerce.number({ error: "Enter an hour." }).int().min(0, "Use 0 to 23.").max(23, "Use 0 to 23."),
  newPerDeck: limit,
  reviewsPerDeck: limit,
  newPerDay: limit,
  reviewsPerDay: limit,
});
export type SrsSettingsInput = z.input<typeof srsSettingsSchema>;
export type SrsSettingsForm = z.output<typeof srsSettingsSchema>;
