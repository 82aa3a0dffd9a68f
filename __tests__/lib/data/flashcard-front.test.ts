/** @jest-environment node */
import { flashcardFront, swappedSpan } from "@/lib/data/flashcard-front";

const TRUTH = "Trump and Putin agreed to meet in Budapest to discuss the conflict in Ukraine.";
const span = (truth: string, falsehood: string) => {
  const found = swappedSpan(truth, falsehood);
  return found && truth.slice(found.start, found.end);
};

test.each([
  ["a swapped place", TRUTH, TRUTH.replace("Ukraine", "Belarus"), "Ukraine"],
  ["a swapped number, widened to the whole number", "The war began in 2014.", "The war began in 2016.", "2014"],
  ["a swapped name of several words", "Talks were led by Marco Rubio on Friday.", "Talks were led by Sergey Lavrov on Friday.", "Marco Rubio"],
  ["a swap inside a word's ending", "It lasted 100 million years.", "It lasted 150 million years.", "100"],
])("%s is found", (_label, truth, falsehood, expected) => {
  expect(span(truth, falsehood)).toBe(expected);
});

test.each([
  ["statements that differ throughout", TRUTH, "Nothing of the kind happened anywhere at any time, reporters were told by a spokesman."],
  ["identical statements", TRUTH, TRUTH],
  ["a difference only in punctuation", "It rained.", "It rained!"],
])("%s give no span", (_label, truth, falsehood) => {
  expect(swappedSpan(truth, falsehood)).toBeNull();
});

test("a false statement becomes the true one with the swapped part blanked: the card never shows a falsehood", () => {
  expect(flashcardFront({ kind: "true_false", prompt: TRUTH.replace("Ukraine", "Belarus"), answer: "False" }, TRUTH)).toEqual({
    prompt: "Trump and Putin agreed to meet in Budapest to discuss the conflict in _____.",
    answer: "Ukraine",
  });
});

test("a true statement, or a false one that cannot be lined up, asks to judge the claim", () => {
  expect(flashcardFront({ kind: "true_false", prompt: TRUTH, answer: "True" }, TRUTH)).toEqual({ prompt: `True or false? ${TRUTH}`, answer: `True: ${TRUTH}` });
  const unrelated = "Nothing of the kind happened anywhere at any time, reporters were told by a spokesman.";
  expect(flashcardFront({ kind: "true_false", prompt: unrelated, answer: "False" }, TRUTH)).toEqual({ prompt: `True or false? ${unrelated}`, answer: `False: ${TRUTH}` });
});

test("other kinds ask their own prompt", () => {
  expect(flashcardFront({ kind: "cloze", prompt: "The talks were held in _____.", answer: "Budapest" }, TRUTH)).toEqual({ prompt: "The talks were held in _____.", answer: "Budapest" });
});
