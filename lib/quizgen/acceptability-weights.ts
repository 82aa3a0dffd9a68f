import type { AcceptabilityModel } from "./acceptability";

// Written by scripts/train-quizgen-model.ts (npx tsx scripts/train-quizgen-model.ts) from 1521 judged items of
// fixtures/articles/{dev,heldout,heldout-2,heldout-3,heldout-4}; ridge λ 3. Do not edit by hand. Order: FEATURE_NAMES.
export const ACCEPTABILITY_WEIGHTS: AcceptabilityModel = {
  weights: [-0.866, -0.124, -0.425, 0.856, -0.463, 0.156, -0.812, 0.354, -0.367, -0.584, 0.778, 0.371, -0.477, -1.018, -0.07, 0.097, -0.294, 0.188, -0.182, 0.109, 0, -0.175, -0.697, -0.298, -0.212, -0.937, -0.436, -0.31, 0.045, 0.125, 0.736, 0.003, 1.015, 0.058, 0.446, 0.092, -0.11, -0.445, -0.321, -0.078, 0.324, 0.341, -0.265, -0.655, -0.332, -0.021, -0.936, 0.05, -0.649, -0.431],
  threshold: 0.5,
};
