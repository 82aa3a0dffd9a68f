import type { AcceptabilityModel } from "./acceptability";

// Written by scripts/train-quizgen-model.ts (npx tsx scripts/train-quizgen-model.ts) from 1876 judged items of
// fixtures/articles/{dev,heldout,heldout-2,heldout-3,heldout-4,heldout-5,heldout-6}; ridge λ 3. Do not edit by hand. Order: FEATURE_NAMES.
export const ACCEPTABILITY_WEIGHTS: AcceptabilityModel = {
  weights: [-0.952, -0.272, -0.495, 0.784, -0.017, -0.367, 0.471, -0.254, -0.685, 0.758, 0.502, -0.407, -1.015, -0.154, 0.009, -0.372, 0.137, -0.124, 0.067, 0, -0.031, -0.853, -0.302, -0.75, -0.911, -0.399, -0.034, -0.002, -0.031, 0.754, -0.129, 1.269, 0.071, 0.34, 0.255, -0.164, -0.494, -0.397, -0.013, 0.269, 0.239, -0.165, -0.594, -0.615, 0.42, -0.618, -0.315, -0.037, -0.968, -0.071, -0.328, -0.271],
  threshold: 0.5,
};
