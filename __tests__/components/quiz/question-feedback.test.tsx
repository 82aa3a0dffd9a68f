import { render, screen, within } from "@testing-library/react";
import { QuestionFeedback } from "@/components/quiz/question-feedback";
import type { QuestionFeedback as Feedback } from "@/lib/data/quiz";

const SENTENCE = "Rubio, the Secretary of State, met Lavrov, the Foreign Minister.";

const matchingFeedback: Feedback = {
  itemId: "m1",
  correct: false,
  overridden: false,
  canOverride: false,
  response: "Rubio → Foreign Minister; Lavrov → Secretary of State; Orbán → Prime Minister",
  correctAnswer: "Rubio → Secretary of State; Lavrov → Foreign Minister; Orbán → Prime Minister",
  parts: {
    of: "pairs",
    parts: [
      { label: "Rubio", given: "Foreign Minister", expected: "Secretary of State", correct: false },
      { label: "Lavrov", given: "Secretary of State", expected: "Foreign Minister", correct: false },
      { label: "Orbán", given: "Prime Minister", expected: "Prime Minister", correct: true },
    ],
  },
  sentence: SENTENCE,
  highlight: null,
  sentenceStart: 0,
};

test("matching feedback says how many pairs were right and, in words, which ones and what they should be", () => {
  render(<QuestionFeedback feedback={matchingFeedback} deckId="deck-1" />);
  expect(screen.getByText("1 of 3 pairs right")).toBeInTheDocument();
  const items = within(screen.getByRole("list")).getAllByRole("listitem");
  expect(items.map((item) => item.textContent)).toEqual([
    "Wrong: Rubio → Foreign Minister (should be Secretary of State)",
    "Wrong: Lavrov → Secretary of State (should be Foreign Minister)",
    "Right: Orbán → Prime Minister",
  ]);
  // The run-on strings give way to the breakdown.
  expect(screen.queryByText(matchingFeedback.correctAnswer)).not.toBeInTheDocument();
});

test("ordering feedback goes position by position", () => {
  const feedback: Feedback = {
    ...matchingFeedback,
    parts: {
      of: "positions",
      parts: [
        { label: "1", given: "talks", expected: "talks", correct: true },
        { label: "2", given: null, expected: "summit", correct: false },
      ],
    },
  };
  render(<QuestionFeedback feedback={feedback} deckId="deck-1" />);
  expect(screen.getByText("1 of 2 positions right")).toBeInTheDocument();
  expect(within(screen.getByRole("list")).getAllByRole("listitem").map((item) => item.textContent)).toEqual(["Right: 1. talks", "Wrong: 2. (none) (should be summit)"]);
});

test("other kinds keep the answer next to the correct one", () => {
  render(<QuestionFeedback feedback={{ ...matchingFeedback, parts: null, response: "Lavrow", correctAnswer: "Sergey Lavrov" }} deckId="deck-1" />);
  expect(screen.getByText("Your answer").nextSibling).toHaveTextContent("Lavrow");
  expect(screen.getByText("Correct answer").nextSibling).toHaveTextContent("Sergey Lavrov");
});
