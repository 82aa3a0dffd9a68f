import { assignmentFormSchema } from "@/lib/validations/assignments";
import { classFormSchema, classParamsSchema } from "@/lib/validations/classes";

const assignment = {
  classId: "c1",
  deckId: "d1",
  mode: "BOTH",
  timeZone: "Europe/Budapest",
  opensAt: "",
  dueAt: "",
  questionCount: "",
  attemptsAllowed: "",
  passMark: "70",
  spacedDays: "2",
};

test.each([
  ["an empty name", { name: "  ", section: "" }],
  ["a 101-character name", { name: "x".repeat(101), section: "" }],
  ["a 61-character section", { name: "Class", section: "y".repeat(61) }],
])("a class with %s is refused", (_label, input) => {
  expect(classFormSchema.safeParse(input).success).toBe(false);
});

test("a class name is trimmed and an empty section is stored as none", () => {
  expect(classFormSchema.parse({ name: "  Geography 7B ", section: " " })).toEqual({ name: "Geography 7B", section: null });
});

test.each([
  ["an unknown mode", { mode: "EVERYTHING" }],
  ["a pass mark over 100", { passMark: "101" }],
  ["a negative pass mark", { passMark: "-1" }],
  ["a fractional question count", { questionCount: "2.5" }],
  ["a huge attempt count", { attemptsAllowed: "99999" }],
  ["zero spaced days", { spacedDays: "0" }],
  ["a due date that is not a date", { dueAt: "tomorrow" }],
  ["an id with a slash", { deckId: "../etc" }],
  ["a formula as a number", { questionCount: "=1+1" }],
])("an assignment with %s is refused", (_label, change) => {
  expect(assignmentFormSchema.safeParse({ ...assignment, ...change }).success).toBe(false);
});

test("quiz-only assignments drop the flashcard target, flashcard-only drop the quiz targets", () => {
  expect(assignmentFormSchema.parse({ ...assignment, mode: "QUIZ" }).spacedDays).toBeNull();
  expect(assignmentFormSchema.parse({ ...assignment, mode: "FLASHCARDS", questionCount: "5" })).toMatchObject({ questionCount: null, passMark: null, spacedDays: 2 });
});

test("class ids in URLs are checked before they reach the database", () => {
  expect(classParamsSchema.safeParse({ classId: "x".repeat(65) }).success).toBe(false);
  expect(classParamsSchema.safeParse({ classId: "abc'; DROP" }).success).toBe(false);
});
