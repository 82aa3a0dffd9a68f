import type { AcceptabilityModel } from "./acceptability";

// Written by scripts/train-quizgen-model.ts (npx tsx scripts/train-quizgen-model.ts) from 1521 judged items of
// fixtures/articles/{dev,heldout,heldout-2,heldout-3,heldout-4}; ridge λ 3. Do not edit by hand. Order: FEATURE_NAMES.
export const ACCEPTABILITY_WEIGHTS: AcceptabilityModel = {
  weights: [-0.787, -0.203, -0.481, 0.805, -0.219, 0.098, -0.555, 0.353, -0.339, -0.558, 0.79, 0.417, -0.47, -1.036, -0.06, 0.099, -0.282, 0.185, -0.182, 0.114, 0, -0.146, -0.737, -0.276, -0.21, -0.95, -0.371, -0.292, 0.02, 0.157, 0.682, -0.002, 1.031, 0.156, 0.365, 0.077, -0.154, -0.434, -0.307, -0.074, 0.349, 0.327, -0.267, -0.656, -0.598, 0.652, -0.565, -0.331, -0.02, -0.943, 0.031, -0.612, -0.381],
  threshold: 0.5,
};
