import { ACCEPTABILITY_WEIGHTS } from "./acceptability-weights";
import { FEATURE_NAMES, itemFeatures, MODELLED, type FeatureContext } from "./features";
import type { Item } from "./types";
import { roundScore } from "./score";

/**
 * A small logistic model of how likely a strict reader is to accept an item, fitted on the judged
 * items of the labelled sets by `scripts/train-quizgen-model.ts` (weights in `acceptability-weights.ts`).
 * Its features are shapes (`features.ts`), so it carries no phrasing of any article.
 */
export interface AcceptabilityModel {
  /** One weight per name of {@link FEATURE_NAMES}, same order. */
  weights: readonly number[];
  /** Items below this probability leave the deck while it keeps {@link KEEP_AT_LEAST} items (see rankCandidates). */
  threshold: number;
}

/** Articles keep at least this many items (when they have them) however low the model rates the rest. */
export const KEEP_AT_LEAST = 15;

export const DEFAULT_MODEL: AcceptabilityModel = ACCEPTABILITY_WEIGHTS;

/** The model's probability that a reader accepts an item with these features. */
export function acceptability(features: readonly number[], model: AcceptabilityModel): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += (features[i] ?? 0) * (model.weights[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/**
 * Each item's score multiplied by its predicted acceptability, with a soft "acceptability" check that
 * records the probability; matching and ordering items (see {@link MODELLED}) are returned as they are. Returns new items; the order is the caller's.
 */
export function weighByAcceptability(items: readonly Item[], ctx: FeatureContext, model: AcceptabilityModel): Item[] {
  if (model.weights.length !== FEATURE_NAMES.length) throw new Error("acceptability model does not match the feature set");
  return items.map((item) => {
    if (!MODELLED.has(item.kind)) return item;
    const p = roundScore(acceptability(itemFeatures(item, ctx), model));
    const score = roundScore(item.score * p);
    const check = { name: "acceptability", passed: p >= model.threshold, hard: false, detail: p.toFixed(3) };
    return { ...item, score, checks: [...item.checks, check] };
  });
}

/** The probability an item's "acceptability" check recorded, or 1 for an item the model never saw. */
export function recordedAcceptability(item: Item): number {
  const check = item.checks.find((c) => c.name === "acceptability");
  return check?.detail ? Number(check.detail) : 1;
}
