import type { AcceptabilityModel } from "./acceptability";

// Written by scripts/train-quizgen-model.ts (npx tsx scripts/train-quizgen-model.ts) from 1876 judged items of
// fixtures/articles/{dev,heldout,heldout-2,heldout-3,heldout-4,heldout-5,heldout-6}; ridge λ 3. Do not edit by hand. Order: FEATURE_NAMES.
export const ACCEPTABILITY_WEIGHTS: AcceptabilityModel = {
  weights: [-0.963, -0.271, -0.501, 0.797, -0.025, -0.366, 0.478, -0.243, -0.642, 0.765, 0.51, -0.4, -1.114, -0.153, 0.012, -0.376, 0.14, -0.123, 0.082, 0, -0.026, -0.856, -0.304, -0.751, -0.914, -0.399, -0.035, -0.004, -0.032, 0.755, -0.131, 1.266, 0.07, 0.34, 0.257, -0.165, -0.495, -0.396, -0.015, 0.277, 0.251, -0.167, -0.599, -0.618, 0.42, -0.618, -0.303, -0.038, -0.972, -0.061, -0.322, -0.268],
  threshold: 0.5,
};
