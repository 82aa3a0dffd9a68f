/** @jest-environment node */
import { gradeResponse, ResponseMismatchError, type GradableItem } from "@/lib/grading/grade-response";

const item = (kind: string, answer: string, payload: GradableItem["payload"] = {}, alternatives: string[] = []): GradableItem => ({ kind, prompt: "?", answer, alternatives, payload });
const mcq = item("mcq", "Marco Rubio", { options: ["Marco Rubio", "Sergey Lavrov", "Yuri Ushakov", "Viktor Orbán"] });
const tf = item("true_false", "False", { truth: false });
const pairs = [
  { left: "Rubio", right: "Secretary of State" },
  { left: "Lavrov", right: "Foreign Minister" },
];
const matching = item("matching", "…", { pairs });
const ordering = item("ordering", "…", { sequence: ["a", "b", "c"] });

test.each([
  ["the right option", mcq, { type: "choice", option: "Marco Rubio" }, true],
  ["another option", mcq, { type: "choice", option: "Sergey Lavrov" }, false],
  ["False for a false statement", tf, { type: "truth", value: false }, true],
  ["True for a false statement", tf, { type: "truth", value: true }, false],
  ["every pair right", matching, { type: "pairs", pairs }, true],
  ["every pair right in another order", matching, { type: "pairs", pairs: [...pairs].reverse() }, true],
  ["two pairs swapped", matching, { type: "pairs", pairs: [{ left: "Rubio", right: "Foreign Minister" }, { left: "Lavrov", right: "Secretary of State" }] }, false],
  ["a pair missing", matching, { type: "pairs", pairs: pairs.slice(0, 1) }, false],
  ["one left side twice", matching, { type: "pairs", pairs: [pairs[0]!, pairs[0]!] }, false],
  ["the right order", ordering, { type: "sequence", sequence: ["a", "b", "c"] }, true],
  ["a wrong order", ordering, { type: "sequence", sequence: ["b", "a", "c"] }, false],
  ["a step missing", ordering, { type: "sequence", sequence: ["a", "b"] }, false],
  ["a typed answer within tolerance", item("cloze", "Budapest"), { type: "text", text: " budapst " }, true],
  ["a typed answer naming another place", item("cloze", "Iran"), { type: "text", text: "Iraq" }, false],
] as const)("%s is graded %p", (_label, gradable, response, correct) => {
  expect(gradeResponse(gradable, response).correct).toBe(correct);
});

test("multiple choice keeps the chosen option; typed answers keep the trimmed text", () => {
  expect(gradeResponse(mcq, { type: "choice", option: "Yuri Ushakov" })).toEqual({ correct: false, via: null, responseText: "Yuri Ushakov", chosenOption: "Yuri Ushakov" });
  expect(gradeResponse(item("cloze", "Budapest"), { type: "text", text: "  Budapest " })).toMatchObject({ responseText: "Budapest", chosenOption: null, via: "exact" });
});

test.each([
  ["an option that is not offered", mcq, { type: "choice", option: "Napoleon" }],
  ["a typed answer to multiple choice", mcq, { type: "text", text: "Marco Rubio" }],
  ["a choice for a true/false statement", tf, { type: "choice", option: "False" }],
  ["a sequence for matching", matching, { type: "sequence", sequence: ["Rubio"] }],
  ["any answer to an unknown kind", item("essay", "x"), { type: "text", text: "x" }],
] as const)("%s is refused, not graded", (_label, gradable, response) => {
  expect(() => gradeResponse(gradable, response)).toThrow(ResponseMismatchError);
});
