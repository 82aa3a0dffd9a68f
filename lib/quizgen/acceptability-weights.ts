import type { AcceptabilityModel } from "./acceptability";

// Written by scripts/train-quizgen-model.ts (npx tsx scripts/train-quizgen-model.ts) from 1521 judged items of
// fixtures/articles/{dev,heldout,heldout-2,heldout-3,heldout-4}; ridge λ 10. Do not edit by hand. Order: FEATURE_NAMES.
export const ACCEPTABILITY_WEIGHTS: AcceptabilityModel = {
  weights: [-0.467, 0.013, -0.267, 0.694, -0.354, -0.087, -0.615, 0.248, -0.353, -0.519, 0.607, 0.227, -0.277, -0.509, -0.032, -0.128, -0.253, 0.024, -0.086, 0.028, 0, -0.131, -0.58, -0.199, -0.095, -0.696, -0.19, -0.173, 0.08, 0.054, 0.436, 0.056, 0.534, 0.091, 0.4, 0.156, -0.081, -0.309, -0.135, -0.057, 0.185, 0.185, -0.245, -0.385, -0.181, 0.023, -0.3, -0.16],
  threshold: 0.5,
};
