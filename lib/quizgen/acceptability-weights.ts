import type { AcceptabilityModel } from "./acceptability";

// Written by scripts/train-quizgen-model.ts (npx tsx scripts/train-quizgen-model.ts) from 1683 judged items of
// fixtures/articles/{dev,heldout,heldout-2,heldout-3,heldout-4,heldout-5}; ridge λ 3. Do not edit by hand. Order: FEATURE_NAMES.
export const ACCEPTABILITY_WEIGHTS: AcceptabilityModel = {
  weights: [-0.964, -0.222, -0.436, 0.861, -0.203, -0.498, 0.412, -0.336, -0.693, 0.805, 0.429, -0.442, -0.978, -0.058, 0.112, -0.409, 0.283, -0.132, 0.12, 0, -0.045, -0.821, -0.236, -0.637, -0.958, -0.381, -0.158, -0.011, -0.072, 0.896, -0.092, 1.049, 0.108, 0.344, 0.211, -0.077, -0.437, -0.43, -0.064, 0.309, 0.275, -0.156, -0.631, -0.5, 0.499, -0.537, -0.245, -0.024, -0.993, 0.073, -0.576, -0.373],
  threshold: 0.5,
};
