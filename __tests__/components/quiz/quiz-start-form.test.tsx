import { render, screen } from "@testing-library/react";
import { QuizStartForm, type AssignmentQuizTerms } from "@/components/quiz/quiz-start-form";

const start = jest.fn(async () => ({}));
const renderForm = (assignment?: AssignmentQuizTerms) =>
  render(<QuizStartForm deckId="d1" kindCounts={{ mcq: 8, cloze: 6 }} itemCount={14} factCount={9} assignment={assignment} unfinished={null} start={start} />);

test("on its own, a quiz offers 10, 20 or all questions", () => {
  renderForm();
  expect(screen.getByRole("group", { name: "Length" })).toBeInTheDocument();
  expect(screen.getByRole("radio", { name: "All (14)" })).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Start quiz" })).toBeEnabled();
});

test("for an assignment, the teacher's length, pass mark and attempts are shown instead of a choice", () => {
  const { container } = renderForm({ id: "a1", questionCount: 20, passMark: 70, attemptsAllowed: 3, attemptsUsed: 1 });
  expect(screen.queryByRole("group", { name: "Length" })).toBeNull();
  expect(screen.getByText("Set by your teacher")).toBeInTheDocument();
  expect(screen.getByText("Length: 14 questions")).toBeInTheDocument();
  expect(screen.getByText("Pass mark: 70%")).toBeInTheDocument();
  expect(screen.getByText("Attempts: 1 of 3 used")).toBeInTheDocument();
  expect(container.querySelector('input[name="assignmentId"]')).toHaveValue("a1");
  expect(screen.getByRole("button", { name: "Start quiz" })).toBeEnabled();
});

test("an assignment quiz that cannot start says why and cannot be started", () => {
  renderForm({ id: "a1", questionCount: null, passMark: null, attemptsAllowed: 2, attemptsUsed: 2, blocked: "You have used all 2 attempts for this assignment." });
  expect(screen.getByText("Length: all 14 questions")).toBeInTheDocument();
  expect(screen.getByText("You have used all 2 attempts for this assignment.")).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Start quiz" })).toBeDisabled();
});
