/** @jest-environment node */
import { createRng, hash, shuffle } from "@/lib/quizgen/random";

describe("random", () => {
  it("repeats the same sequence for the same seed and differs for another", () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect([c(), c(), c()]).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  it("shuffles a copy deterministically", () => {
    const input = [1, 2, 3, 4, 5, 6];
    const out = shuffle(input, createRng(7));
    expect(out.slice().sort()).toEqual(input);
    expect(shuffle(input, createRng(7))).toEqual(out);
    expect(input).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("hashes to 8 hex digits, stably", () => {
    expect(hash("cloze|x")).toBe(hash("cloze|x"));
    expect(hash("cloze|x")).toMatch(/^[0-9a-f]{8}$/);
    expect(hash("cloze|x")).not.toBe(hash("cloze|y"));
  });
});
