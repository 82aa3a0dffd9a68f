import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QuizPlayer, type QuizPlayerProps } from "@/components/quiz/quiz-player";
import type { QuestionFeedback } from "@/lib/data/quiz";

const SENTENCE = "The U.S. delegation will be led by Secretary of State Marco Rubio.";
const questions = [
  { itemId: "q1", kind: "mcq", prompt: "Who will lead the U.S. delegation?", options: ["Sergey Lavrov", "Marco Rubio"] },
  { itemId: "q2", kind: "short_answer", prompt: "Who will head the Russian team?" },
];

function feedback(itemId: string, overrides: Partial<QuestionFeedback> = {}): QuestionFeedback {
  return {
    itemId,
    correct: true,
    overridden: false,
    canOverride: false,
    response: "Marco Rubio",
    correctAnswer: "Marco Rubio",
    parts: null,
    sentence: SENTENCE,
    highlight: [SENTENCE.indexOf("Marco Rubio"), SENTENCE.indexOf("Marco Rubio") + "Marco Rubio".length],
    sentenceStart: 883,
    ...overrides,
  };
}

function renderPlayer(props: Partial<QuizPlayerProps> = {}) {
  const answer = jest.fn<ReturnType<QuizPlayerProps["answer"]>, Parameters<QuizPlayerProps["answer"]>>(async ({ itemId }) =>
    itemId === "q1" ? { ok: true, feedback: feedback("q1") } : { ok: true, feedback: feedback("q2", { correct: false, canOverride: true, response: "Lavrow", correctAnswer: "Sergey Lavrov", highlight: null }) },
  );
  const override = jest.fn<ReturnType<QuizPlayerProps["override"]>, Parameters<QuizPlayerProps["override"]>>(async () => ({
    ok: true,
    feedback: feedback("q2", { correct: false, overridden: true, response: "Lavrow", correctAnswer: "Sergey Lavrov" }),
  }));
  render(<QuizPlayer attemptId="attempt-1" deckId="deck-1" questions={questions} initialFeedback={{}} answer={answer} override={override} {...props} />);
  return { answer, override };
}

test("a whole quiz by keyboard: pick, confirm, read feedback, go on, type, mark as right, reach the results", async () => {
  const user = userEvent.setup();
  const { answer, override } = renderPlayer();
  expect(screen.getByText("Question 1 of 2 · 0 answered")).toBeInTheDocument();

  await user.keyboard("2{Enter}");
  expect(answer).toHaveBeenCalledWith(expect.objectContaining({ attemptId: "attempt-1", itemId: "q1", response: { type: "choice", option: "Marco Rubio" } }));
  expect(await screen.findByRole("heading", { name: "Right" })).toBeInTheDocument();
  expect(screen.getByText("Marco Rubio", { selector: "mark" })).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Find it in the article" })).toHaveAttribute("href", "/decks/deck-1#sentence-883");
  expect(screen.getByRole("button", { name: "Next question" })).toHaveFocus();

  await user.keyboard("{Enter}");
  expect(screen.getByText("Question 2 of 2 · 1 answered")).toBeInTheDocument();
  expect(screen.getByRole("textbox", { name: "Your answer" })).toHaveFocus();
  await user.keyboard("Lavrow{Enter}");
  expect(await screen.findByRole("heading", { name: "Not quite" })).toBeInTheDocument();
  expect(screen.getByText("Sergey Lavrov")).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "See your results" })).toHaveFocus();

  await user.tab({ shift: true });
  expect(screen.getByRole("button", { name: "I was right" })).toHaveFocus();
  await user.keyboard("{Enter}");
  expect(override).toHaveBeenCalledWith({ attemptId: "attempt-1", itemId: "q2" });
  expect(await screen.findByRole("heading", { name: "Counted as right (you marked it)" })).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "I was right" })).not.toBeInTheDocument();
  expect(screen.getByRole("link", { name: "See your results" })).toHaveAttribute("href", "/quizzes/attempt-1");
});

test("a new multiple-choice question focuses its prompt for screen readers", async () => {
  renderPlayer();
  expect(screen.getByRole("heading", { name: "Who will lead the U.S. delegation?" })).toHaveFocus();
});

test("a resumed attempt opens at the first unanswered question", () => {
  renderPlayer({ initialFeedback: { q1: feedback("q1") } });
  expect(screen.getByText("Question 2 of 2 · 1 answered")).toBeInTheDocument();
  const field = screen.getByRole("textbox", { name: "Your answer" });
  expect(field).toHaveFocus();
  expect(field).toHaveAccessibleDescription("Who will head the Russian team?");
});

test("a server refusal is shown and the question can be answered again", async () => {
  const user = userEvent.setup();
  const answer = jest.fn().mockResolvedValueOnce({ ok: false, message: "This question no longer exists." }).mockResolvedValueOnce({ ok: true, feedback: feedback("q1") });
  renderPlayer({ answer });
  await user.keyboard("2{Enter}");
  expect(await screen.findByRole("alert")).toHaveTextContent("This question no longer exists.");
  await user.keyboard("{Enter}");
  expect(await screen.findByRole("heading", { name: "Right" })).toBeInTheDocument();
  expect(answer).toHaveBeenCalledTimes(2);
});
