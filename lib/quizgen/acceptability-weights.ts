import type { AcceptabilityModel } from "./acceptability";

// Written by scripts/train-quizgen-model.ts (npx tsx scripts/train-quizgen-model.ts) from 1483 judged items of
// fixtures/articles/{dev,heldout,heldout-2,heldout-3,heldout-4}; ridge λ 3. Do not edit by hand. Order: FEATURE_NAMES.
export const ACCEPTABILITY_WEIGHTS: AcceptabilityModel = {
  weights: [-0.856, -0.181, -0.461, 0.84, -0.198, -0.556, 0.362, -0.33, -0.549, 0.801, 0.428, -0.464, -1.03, -0.059, 0.111, -0.281, 0.189, -0.182, 0.114, 0, -0.145, -0.736, -0.273, -0.209, -0.949, -0.37, -0.291, 0.02, 0.158, 0.69, -0.006, 1.067, 0.161, 0.367, 0.077, -0.155, -0.433, -0.307, -0.073, 0.353, 0.331, -0.266, -0.655, -0.59, 0.651, -0.567, -0.332, -0.02, -0.945, 0.035, -0.61, -0.378],
  threshold: 0.5,
};
