import type { StepUnit } from "ts-fsrs";

/** A learner's scheduling preferences, as lib/srs uses them. */
export type SrsSettings = {
  desiredRetention: number;
  maximumIntervalDays: number;
  learningSteps: StepUnit[];
  relearningSteps: StepUnit[];
  /** IANA time zone name, e.g. "Europe/Budapest" */
  timeZone: string;
  /** local hour (0-23) at which the next study day starts */
  dayStartHour: number;
  newPerDeck: number;
  reviewsPerDeck: number;
  newPerDay: number;
  reviewsPerDay: number;
  /** FSRS parameters trained on the learner's own log; null = ts-fsrs defaults */
  weights: number[] | null;
};

export const SRS_BOUNDS = {
  desiredRetention: { min: 0.7, max: 0.97 },
  maximumIntervalDays: { min: 1, max: 36500 },
  dailyLimit: { min: 0, max: 9999 },
  steps: { max: 10 },
} as const;

export const DEFAULT_SRS_SETTINGS: SrsSettings = {
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  learningSteps: ["1m", "10m"],
  relearningSteps: ["10m"],
  timeZone: "UTC",
  dayStartHour: 4,
  newPerDeck: 20,
  reviewsPerDeck: 200,
  newPerDay: 20,
  reviewsPerDay: 200,
  weights: null,
};

/** Lapses after which a fact is a leech: tagged, suspended, and the learner told. */
export const LEECH_LAPSES = 8;

const STEP = /^([1-9]\d{0,4})(m|h|d)$/;

/** "1m 10m" → ["1m", "10m"]; null when any step is malformed (each 1-99999 minutes, hours or days). */
export function parseSteps(text: string): StepUnit[] | null {
  const parts = text.trim().split(/[\s,]+/).filter(Boolean);
  if (parts.length > SRS_BOUNDS.steps.max) return null;
  return parts.every((part) => STEP.test(part)) ? (parts as StepUnit[]) : null;
}

export function formatSteps(steps: readonly StepUnit[]): string {
  return steps.join(" ");
}
