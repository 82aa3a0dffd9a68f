/**
 * Ridge-penalised logistic regression for the acceptability model: fitted offline by
 * `scripts/train-quizgen-model.ts`; nothing here runs while a deck is generated.
 */

/** One judged item: its feature vector (feature 0 the bias, always 1) and whether a reader accepted it. */
export interface Example {
  x: readonly number[];
  y: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const dot = (w: readonly number[], x: readonly number[]) => x.reduce((s, v, i) => s + v * (w[i] ?? 0), 0);

/** Solves A x = b by Gauss–Jordan elimination with partial pivoting (A is small and positive definite). */
export function solve(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      if (f !== 0) for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/**
 * The weights minimising log loss + λ/2 · |w|² over `data`, by Newton's method; the bias (feature 0) is
 * not penalised. Deterministic: the same data and λ give the same weights.
 */
export function fitLogistic(data: readonly Example[], dimensions: number, lambda: number): number[] {
  let w = new Array<number>(dimensions).fill(0);
  for (let iter = 0; iter < 30; iter++) {
    const grad = w.map((wi, j) => (j === 0 ? 0 : lambda * wi));
    const hess = Array.from({ length: dimensions }, (_, i) => Array.from({ length: dimensions }, (_, j) => (i !== j ? 0 : i === 0 ? 1e-6 : lambda)));
    for (const { x, y } of data) {
      const p = sigmoid(dot(w, x));
      const r = p * (1 - p);
      for (let i = 0; i < dimensions; i++) {
        const xi = x[i]!;
        if (xi === 0) continue;
        grad[i]! += (p - y) * xi;
        const row = hess[i]!;
        for (let j = 0; j < dimensions; j++) if (x[j] !== 0) row[j]! += r * xi * x[j]!;
      }
    }
    const step = solve(hess, grad);
    w = w.map((wi, i) => wi - step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return w;
}

/** Mean negative log-likelihood of the labels under the weights. */
export function logLoss(data: readonly Example[], w: readonly number[]): number {
  let s = 0;
  for (const { x, y } of data) {
    const p = Math.min(Math.max(sigmoid(dot(w, x)), 1e-9), 1 - 1e-9);
    s -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
  }
  return s / Math.max(data.length, 1);
}

/** Area under the ROC curve of the score w·x (ties count half); NaN without both classes. */
export function auc(data: readonly Example[], w: readonly number[]): number {
  const scored = data.map((e) => ({ s: dot(w, e.x), y: e.y })).sort((a, b) => a.s - b.s);
  let pos = 0;
  let neg = 0;
  let rankSum = 0;
  for (let i = 0; i < scored.length; ) {
    let j = i;
    while (j < scored.length && scored[j]!.s === scored[i]!.s) j++;
    const mid = (i + j + 1) / 2;
    for (let k = i; k < j; k++) {
      if (scored[k]!.y) {
        pos++;
        rankSum += mid;
      } else neg++;
    }
    i = j;
  }
  return pos && neg ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : NaN;
}
