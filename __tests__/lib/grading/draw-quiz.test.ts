/** @jest-environment node */
import { drawQuizItems, shuffleForAttempt, type DrawableItem } from "@/lib/grading/draw-quiz";

const deck: DrawableItem[] = Array.from({ length: 12 }, (_, fact) =>
  ["cloze", "mcq", "true_false"].map((kind, index) => ({ id: `f${fact}-${kind}`, factId: `f${fact}`, kind, score: 1 - index / 10 })),
).flat();
const factOf = (id: string) => id.split("-")[0];

test("ten questions come from ten different facts", () => {
  const drawn = drawQuizItems(deck, { length: 10, kinds: [], seed: 1 });
  expect(drawn).toHaveLength(10);
  expect(new Set(drawn.map(factOf)).size).toBe(10);
});

test("more questions than facts reuse facts only once every fact has one", () => {
  const drawn = drawQuizItems(deck, { length: 20, kinds: [], seed: 1 });
  expect(new Set(drawn.slice(0, 12).map(factOf)).size).toBe(12);
  expect(drawn).toHaveLength(20);
  expect(new Set(drawn).size).toBe(20);
});

test("each fact's first question is its best scored one among the chosen kinds", () => {
  expect(drawQuizItems(deck, { length: 12, kinds: [], seed: 3 }).every((id) => id.endsWith("-cloze"))).toBe(true);
  expect(drawQuizItems(deck, { length: 12, kinds: ["true_false"], seed: 3 }).every((id) => id.endsWith("-true_false"))).toBe(true);
});

test("'all' asks every eligible item once; no eligible item draws nothing", () => {
  expect(drawQuizItems(deck, { length: "all", kinds: [], seed: 1 }).sort()).toEqual(deck.map((item) => item.id).sort());
  expect(drawQuizItems(deck, { length: 10, kinds: ["ordering"], seed: 1 })).toEqual([]);
});

test("the same seed draws the same quiz; another seed another order", () => {
  expect(drawQuizItems(deck, { length: 10, kinds: [], seed: 42 })).toEqual(drawQuizItems(deck, { length: 10, kinds: [], seed: 42 }));
  expect(drawQuizItems(deck, { length: 10, kinds: [], seed: 42 })).not.toEqual(drawQuizItems(deck, { length: 10, kinds: [], seed: 43 }));
});

test.each(Array.from({ length: 20 }, (_, seed) => seed))("options keep their set and an ordering never shows its answer (seed %i)", (seed) => {
  const sequence = ["first", "second", "third"];
  const shown = shuffleForAttempt(sequence, seed, "item-1");
  expect([...shown].sort()).toEqual([...sequence].sort());
  expect(shown).not.toEqual(sequence);
  expect(shuffleForAttempt(sequence, seed, "item-1")).toEqual(shown);
});
