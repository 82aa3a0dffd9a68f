/** @jest-environment node */
import { auc, fitLogistic, logLoss, solve, type Example } from "@/lib/quizgen/logistic";

// A feature that raises acceptance from 25% to 75%: 8 items without it (2 accepted), 8 with it (6 accepted).
const data: Example[] = [
  ...Array.from({ length: 8 }, (_, i) => ({ x: [1, 0], y: i < 2 ? 1 : 0 })),
  ...Array.from({ length: 8 }, (_, i) => ({ x: [1, 1], y: i < 6 ? 1 : 0 })),
];

describe("ridge logistic regression", () => {
  it("solves a small linear system", () => {
    const x = solve(
      [
        [2, 1],
        [1, 3],
      ],
      [3, 5],
    );
    expect(x[0]).toBeCloseTo(0.8, 10);
    expect(x[1]).toBeCloseTo(1.4, 10);
  });

  it("recovers the log odds without a penalty", () => {
    const [bias, effect] = fitLogistic(data, 2, 1e-9);
    expect(bias).toBeCloseTo(Math.log(2 / 6), 4);
    expect(effect).toBeCloseTo(Math.log(6 / 2) - Math.log(2 / 6), 4);
  });

  it("shrinks the feature weights, never the bias, as the penalty grows", () => {
    const [, mild] = fitLogistic(data, 2, 1);
    const [bias, strong] = fitLogistic(data, 2, 1e6);
    expect(Math.abs(mild!)).toBeLessThan(Math.log(9));
    expect(Math.abs(strong!)).toBeLessThan(1e-4);
    // With the feature shrunk away the bias gives the overall rate: 8 of 16 accepted.
    expect(bias).toBeCloseTo(0, 4);
  });

  it("is deterministic", () => {
    expect(fitLogistic(data, 2, 3)).toEqual(fitLogistic(data, 2, 3));
  });

  it("scores log loss and AUC", () => {
    expect(logLoss(data, [0, 0])).toBeCloseTo(Math.log(2), 10);
    expect(logLoss(data, fitLogistic(data, 2, 1e-9))).toBeLessThan(Math.log(2));
    expect(auc([{ x: [1, 0], y: 0 }, { x: [1, 1], y: 1 }], [0, 1])).toBe(1);
    expect(auc([{ x: [1, 0], y: 1 }, { x: [1, 1], y: 0 }], [0, 1])).toBe(0);
    // Of the 8 × 8 accepted–rejected pairs, 36 are ordered right, 4 wrong and 24 tied (counted half).
    expect(auc(data, [0, 1])).toBeCloseTo((6 * 6 + 0.5 * (2 * 6 + 6 * 2)) / (8 * 8), 10);
    expect(auc([{ x: [1], y: 1 }], [1])).toBeNaN();
  });
});
