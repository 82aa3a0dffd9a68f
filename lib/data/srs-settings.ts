import "server-only";
import type { Db } from "@/lib/db/client";
import { DEFAULT_SRS_SETTINGS, parseSteps, type SrsSettings } from "@/lib/srs";
import type { SrsSettingsForm } from "@/lib/validations/srs-settings";

type SettingsRow = NonNullable<Awaited<ReturnType<Db["srsSettings"]["findUnique"]>>>;

function parseWeights(json: string | null): number[] | null {
  if (!json) return null;
  try {
    const weights: unknown = JSON.parse(json);
    return Array.isArray(weights) && weights.every((weight) => typeof weight === "number" && Number.isFinite(weight)) ? weights : null;
  } catch {
    return null;
  }
}

function fromRow(row: SettingsRow): SrsSettings {
  return {
    desiredRetention: row.desiredRetention,
    maximumIntervalDays: row.maximumIntervalDays,
    learningSteps: parseSteps(row.learningSteps) ?? DEFAULT_SRS_SETTINGS.learningSteps,
    relearningSteps: parseSteps(row.relearningSteps) ?? DEFAULT_SRS_SETTINGS.relearningSteps,
    timeZone: row.timeZone,
    dayStartHour: row.dayStartHour,
    newPerDeck: row.newPerDeck,
    reviewsPerDeck: row.reviewsPerDeck,
    newPerDay: row.newPerDay,
    reviewsPerDay: row.reviewsPerDay,
    weights: parseWeights(row.weights),
  };
}

export type SrsSettingsView = SrsSettings & { weightsReviewCount: number | null; weightsUpdatedAt: Date | null };

// Read on every rating, changed rarely: a few seconds of staleness on another instance only
// means one rating scheduled with the previous settings. This instance sees its own changes at once.
const CACHE_MS = 10_000;
const cache = new Map<string, { at: number; settings: SrsSettingsView }>();

/** The user's schedule settings, or the defaults when they never changed them. */
export async function getSrsSettings(db: Db, { userId }: { userId: string }): Promise<SrsSettingsView> {
  const cached = cache.get(userId);
  if (cached && performance.now() - cached.at < CACHE_MS) return cached.settings;
  const row = await db.srsSettings.findUnique({ where: { userId } });
  const settings = row ? { ...fromRow(row), weightsReviewCount: row.weightsReviewCount, weightsUpdatedAt: row.weightsUpdatedAt } : { ...DEFAULT_SRS_SETTINGS, weightsReviewCount: null, weightsUpdatedAt: null };
  if (cache.size > 10_000) cache.clear();
  cache.set(userId, { at: performance.now(), settings });
  return settings;
}

export async function updateSrsSettings(db: Db, { userId, settings }: { userId: string; settings: SrsSettingsForm }): Promise<void> {
  const data = {
    desiredRetention: Math.round(settings.desiredRetentionPercent * 10) / 1000,
    maximumIntervalDays: settings.maximumIntervalDays,
    learningSteps: settings.learningSteps.join(" "),
    relearningSteps: settings.relearningSteps.join(" "),
    timeZone: settings.timeZone,
    dayStartHour: settings.dayStartHour,
    newPerDeck: settings.newPerDeck,
    reviewsPerDeck: settings.reviewsPerDeck,
    newPerDay: settings.newPerDay,
    reviewsPerDay: settings.reviewsPerDay,
  };
  await db.srsSettings.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  cache.delete(userId);
}

/** Stores FSRS parameters trained on the user's log (null: back to the defaults). */
export async function saveSrsWeights(db: Db, { userId, weights, reviewCount, now }: { userId: string; weights: number[] | null; reviewCount: number | null; now: Date }): Promise<void> {
  const data = { weights: weights ? JSON.stringify(weights) : null, weightsReviewCount: reviewCount, weightsUpdatedAt: weights ? now : null };
  await db.srsSettings.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  cache.delete(userId);
}
