/** @jest-environment node */
import { gradeResponse, type GradableItem, type QuizResponse } from "@/lib/grading/grade-response";
import { responseParts } from "@/lib/grading/response-parts";

const pairs = [
  { left: "Rubio", right: "Secretary of State" },
  { left: "Lavrov", right: "Foreign Minister" },
  { left: "Ushakov", right: "aide; adviser → Kremlin" },
];
const matching: GradableItem = { kind: "matching", prompt: "?", answer: "…", alternatives: [], payload: { pairs } };
const ordering: GradableItem = { kind: "ordering", prompt: "?", answer: "…", alternatives: [], payload: { sequence: ["talks", "talks → summit", "summit"] } };

/** What the quiz stores for a response, read back as the feedback reads it. */
const partsFor = (item: GradableItem, response: QuizResponse) => responseParts(item, gradeResponse(item, response).responseText);

test("a matching answer with one pair swapped marks exactly the two swapped pairs wrong", () => {
  const given = [
    { left: "Rubio", right: "Foreign Minister" },
    { left: "Lavrov", right: "Secretary of State" },
    { left: "Ushakov", right: "aide; adviser → Kremlin" },
  ];
  expect(partsFor(matching, { type: "pairs", pairs: given })?.parts).toEqual([
    { label: "Rubio", given: "Foreign Minister", expected: "Secretary of State", correct: false },
    { label: "Lavrov", given: "Secretary of State", expected: "Foreign Minister", correct: false },
    { label: "Ushakov", given: "aide; adviser → Kremlin", expected: "aide; adviser → Kremlin", correct: true },
  ]);
});

test("pairs are listed in the order the learner saw them, texts holding the separators included", () => {
  const parts = partsFor(matching, { type: "pairs", pairs: [...pairs].reverse() });
  expect(parts?.of).toBe("pairs");
  expect(parts?.parts.map((part) => [part.label, part.correct])).toEqual([
    ["Ushakov", true],
    ["Lavrov", true],
    ["Rubio", true],
  ]);
});

test("a pair left out is listed last, with nothing given", () => {
  expect(responseParts(matching, "Lavrov → Foreign Minister")?.parts.map((part) => [part.label, part.given, part.correct])).toEqual([
    ["Lavrov", "Foreign Minister", true],
    ["Rubio", null, false],
    ["Ushakov", null, false],
  ]);
});

test("an ordering answer marks each position, with steps that contain the arrow", () => {
  expect(partsFor(ordering, { type: "sequence", sequence: ["talks → summit", "talks", "summit"] })).toEqual({
    of: "positions",
    parts: [
      { label: "1", given: "talks → summit", expected: "talks", correct: false },
      { label: "2", given: "talks", expected: "talks → summit", correct: false },
      { label: "3", given: "summit", expected: "summit", correct: true },
    ],
  });
});

test.each([
  ["a text that is not a response to this item", matching, "Rubio → President"],
  ["a left the item does not have", matching, "Biden → Secretary of State"],
  ["a step the item does not have", ordering, "talks → coffee"],
  ["another kind", { ...matching, kind: "mcq" }, "Rubio"],
])("%s gives no parts rather than a wrong breakdown", (_label, item, text) => {
  expect(responseParts(item, text)).toBeNull();
});
