import type { AcceptabilityModel } from "./acceptability";

// Written by scripts/train-quizgen-model.ts (npx tsx scripts/train-quizgen-model.ts) from 1521 judged items of
// fixtures/articles/{dev,heldout,heldout-2,heldout-3,heldout-4}; ridge λ 10. Do not edit by hand. Order: FEATURE_NAMES.
export const ACCEPTABILITY_WEIGHTS: AcceptabilityModel = {
  weights: [-0.498, 0, -0.268, 0.672, -0.332, -0.072, -0.614, 0.253, -0.342, -0.515, 0.615, 0.218, -0.287, -0.51, -0.031, -0.13, -0.251, 0.019, -0.106, 0.015, 0, -0.27, -0.218, -0.197, -0.075, -0.738, -0.187, -0.183, 0.091, 0.078, 0.458, 0.068, 0.518, 0.12, 0.388, 0.164, -0.094, -0.292, -0.143, -0.042, 0.179, 0.176, -0.246, -0.387, -0.183, 0.034, -0.301, -0.158],
  threshold: 0.5,
};
