/** @jest-environment node */
import { quizAnswerRefSchema, quizAnswerSchema, quizStartSchema } from "@/lib/validations/quiz";

const answer = (response: unknown, extra: Record<string, unknown> = {}) => ({ attemptId: "attempt1", itemId: "item1", response, timeMs: 1200, ...extra });

test.each([
  ["a chosen option", { type: "choice", option: "Marco Rubio" }],
  ["true", { type: "truth", value: true }],
  ["a typed answer", { type: "text", text: "Budapest" }],
  ["pairs", { type: "pairs", pairs: [{ left: "Rubio", right: "Secretary of State" }] }],
  ["a sequence", { type: "sequence", sequence: ["a", "b"] }],
])("accepts %s", (_label, response) => {
  expect(quizAnswerSchema.safeParse(answer(response)).success).toBe(true);
});

test.each([
  ["an empty typed answer", answer({ type: "text", text: "   " })],
  ["a typed answer over 200 characters", answer({ type: "text", text: "x".repeat(201) })],
  ["an option over 500 characters", answer({ type: "choice", option: "x".repeat(501) })],
  ["an unknown response type", answer({ type: "grade", correct: true })],
  ["a client-side verdict smuggled in", answer({ type: "text", text: "Budapest", correct: true })],
  ["an extra top-level field", answer({ type: "truth", value: true }, { correct: true })],
  ["a truth given as a string", answer({ type: "truth", value: "true" })],
  ["31 pairs", answer({ type: "pairs", pairs: Array.from({ length: 31 }, (_, i) => ({ left: `l${i}`, right: `r${i}` })) })],
  ["an empty sequence", answer({ type: "sequence", sequence: [] })],
  ["an attempt id with a path in it", answer({ type: "truth", value: true }, { attemptId: "../other" })],
  ["an item id that is too long", answer({ type: "truth", value: true }, { itemId: "a".repeat(65) })],
  ["no response", { attemptId: "attempt1", itemId: "item1", timeMs: 0 }],
  ["an array instead of an object", [answer({ type: "truth", value: true })]],
  ["null", null],
])("refuses %s", (_label, input) => {
  expect(quizAnswerSchema.safeParse(input).success).toBe(false);
});

test("a nonsense answer time reads as zero instead of failing the answer", () => {
  expect(quizAnswerSchema.parse(answer({ type: "truth", value: true }, { timeMs: -5 })).timeMs).toBe(0);
  expect(quizAnswerSchema.parse(answer({ type: "truth", value: true }, { timeMs: "fast" })).timeMs).toBe(0);
});

test.each([
  [{ deckId: "deck1", length: "10", kinds: [] }, true],
  [{ deckId: "deck1", length: "all", kinds: ["mcq", "ordering"], assignmentId: "a1" }, true],
  [{ deckId: "deck1", length: "15", kinds: [] }, false],
  [{ deckId: "deck1", length: "10", kinds: ["essay"] }, false],
  [{ deckId: "deck1", length: "10", kinds: Array(7).fill("mcq") }, false],
  [{ deckId: "deck 1", length: "10", kinds: [] }, false],
  [{ deckId: "deck1", length: "10", kinds: [], userId: "someone-else" }, false],
])("start %o is valid: %p", (input, valid) => {
  expect(quizStartSchema.safeParse(input).success).toBe(valid);
});

test("an override names exactly one attempt and item", () => {
  expect(quizAnswerRefSchema.safeParse({ attemptId: "a1", itemId: "i1" }).success).toBe(true);
  expect(quizAnswerRefSchema.safeParse({ attemptId: "a1", itemId: "i1", userId: "u2" }).success).toBe(false);
  expect(quizAnswerRefSchema.safeParse({ attemptId: "a1" }).success).toBe(false);
});
