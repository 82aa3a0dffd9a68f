"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireSessionUser } from "@/lib/auth";
import { saveSrsWeights, updateSrsSettings } from "@/lib/data/srs-settings";
import { db } from "@/lib/db";
import { srsSettingsSchema } from "@/lib/validations/srs-settings";

export type ScheduleActionState = { ok?: boolean; message?: string; errors?: Partial<Record<keyof z.input<typeof srsSettingsSchema>, string[]>> };

const FIELDS = ["desiredRetentionPercent", "maximumIntervalDays", "learningSteps", "relearningSteps", "timeZone", "dayStartHour", "newPerDeck", "reviewsPerDeck", "newPerDay", "reviewsPerDay"] as const;

export async function saveScheduleAction(_previous: ScheduleActionState, formData: FormData): Promise<ScheduleActionState> {
  const user = await requireSessionUser();
  const raw = Object.fromEntries(FIELDS.map((field) => [field, String(formData.get(field) ?? "").slice(0, 200)]));
  const parsed = srsSettingsSchema.safeParse(raw);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "Please fix the highlighted fields." };
  await updateSrsSettings(db, { userId: user.id, settings: parsed.data });
  revalidatePath("/settings/schedule");
  return { ok: true, message: "Saved. New ratings use these settings." };
}

export async function resetWeightsAction(): Promise<ScheduleActionState> {
  const user = await requireSessionUser();
  await saveSrsWeights(db, { userId: user.id, weights: null, reviewCount: null, now: new Date() });
  revalidatePath("/settings/schedule");
  return { ok: true, message: "Back to the default FSRS parameters." };
}
