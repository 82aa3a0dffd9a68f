import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MatchingQuestion } from "@/components/quiz/matching-question";
import { MultipleChoiceQuestion } from "@/components/quiz/multiple-choice-question";
import { OrderingQuestion } from "@/components/quiz/ordering-question";
import { TrueFalseQuestion } from "@/components/quiz/true-false-question";
import { TypedAnswerQuestion } from "@/components/quiz/typed-answer-question";

const base = { itemId: "item-1", prompt: "Who?" };

describe("multiple choice, keyboard only", () => {
  const question = { ...base, kind: "mcq", options: ["Donald Trump", "Vladimir Putin", "Marco Rubio", "Viktor Orbán"] };

  test("a number key picks an option and Enter confirms it", async () => {
    const onAnswer = jest.fn();
    const user = userEvent.setup();
    render(<MultipleChoiceQuestion question={question} disabled={false} onAnswer={onAnswer} />);
    await user.keyboard("3");
    expect(screen.getByRole("radio", { name: /Marco Rubio/ })).toBeChecked();
    expect(screen.getByRole("radio", { name: /Marco Rubio/ })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(onAnswer).toHaveBeenCalledWith({ type: "choice", option: "Marco Rubio" });
  });

  test("a later key changes the pick before confirming; Enter without a pick does nothing", async () => {
    const onAnswer = jest.fn();
    const user = userEvent.setup();
    render(<MultipleChoiceQuestion question={question} disabled={false} onAnswer={onAnswer} />);
    await user.keyboard("{Enter}");
    expect(onAnswer).not.toHaveBeenCalled();
    await user.keyboard("1");
    await user.keyboard("4");
    await user.keyboard("{Enter}");
    expect(onAnswer).toHaveBeenCalledTimes(1);
    expect(onAnswer).toHaveBeenCalledWith({ type: "choice", option: "Viktor Orbán" });
  });

  test("Tab reaches the options, arrow keys move between them, the Check button confirms", async () => {
    const onAnswer = jest.fn();
    const user = userEvent.setup();
    render(<MultipleChoiceQuestion question={question} disabled={false} onAnswer={onAnswer} />);
    await user.tab();
    await user.keyboard(" ");
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: /Vladimir Putin/ })).toBeChecked();
    await user.tab();
    expect(screen.getByRole("button", { name: "Check answer" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(onAnswer).toHaveBeenCalledWith({ type: "choice", option: "Vladimir Putin" });
  });

  test("keys do nothing once the question is answered", async () => {
    const onAnswer = jest.fn();
    const user = userEvent.setup();
    render(<MultipleChoiceQuestion question={question} disabled onAnswer={onAnswer} />);
    await user.keyboard("2{Enter}");
    expect(onAnswer).not.toHaveBeenCalled();
    expect(screen.getByRole("radio", { name: /Vladimir Putin/ })).toBeDisabled();
  });
});

describe("true or false, keyboard only", () => {
  const question = { ...base, kind: "true_false", prompt: "Rubio leads the Russian team." };

  test.each([
    ["t", true],
    ["f", false],
    ["T", true],
  ])("%s then Enter answers %p", async (key, value) => {
    const onAnswer = jest.fn();
    const user = userEvent.setup();
    render(<TrueFalseQuestion question={question} disabled={false} onAnswer={onAnswer} />);
    await user.keyboard(key);
    await user.keyboard("{Enter}");
    expect(onAnswer).toHaveBeenCalledWith({ type: "truth", value });
  });

  test("the options are named radios a screen reader announces", () => {
    render(<TrueFalseQuestion question={question} disabled={false} onAnswer={jest.fn()} />);
    expect(screen.getByRole("radiogroup", { name: "Is this statement true or false?" })).toBeInTheDocument();
    expect(screen.getAllByRole("radio").map((radio) => radio.getAttribute("value"))).toEqual(["True", "False"]);
  });
});

describe("cloze and short answer, keyboard only", () => {
  test.each(["cloze", "short_answer"])("%s: typing and Enter submit the text", async (kind) => {
    const onAnswer = jest.fn();
    const user = userEvent.setup();
    render(<TypedAnswerQuestion question={{ ...base, kind }} disabled={false} onAnswer={onAnswer} />);
    const input = screen.getByRole("textbox");
    expect(input).toHaveFocus();
    await user.keyboard("Budapest{Enter}");
    expect(onAnswer).toHaveBeenCalledWith({ type: "text", text: "Budapest" });
  });

  test("an empty answer is not submitted, and number keys type rather than pick", async () => {
    const onAnswer = jest.fn();
    const user = userEvent.setup();
    render(<TypedAnswerQuestion question={{ ...base, kind: "short_answer" }} disabled={false} onAnswer={onAnswer} />);
    await user.keyboard("   {Enter}");
    expect(onAnswer).not.toHaveBeenCalled();
    await user.keyboard("2014{Enter}");
    expect(onAnswer).toHaveBeenCalledWith({ type: "text", text: "   2014" });
  });

  test("the field is labelled", () => {
    render(<TypedAnswerQuestion question={{ ...base, kind: "cloze" }} disabled={false} onAnswer={jest.fn()} />);
    expect(screen.getByRole("textbox", { name: "The missing words" })).toBeInTheDocument();
  });
});

describe("matching, keyboard only", () => {
  const question = { ...base, kind: "matching", lefts: ["Marco Rubio", "Sergey Lavrov"], rights: ["Russian Foreign Minister", "Secretary of State"] };

  test("each item is paired from a labelled list, and the answer is sent once every item has a match", async () => {
    const onAnswer = jest.fn();
    const user = userEvent.setup();
    render(<MatchingQuestion question={question} disabled={false} onAnswer={onAnswer} />);
    const submit = screen.getByRole("button", { name: "Check answer" });
    expect(submit).toBeDisabled();
    await user.tab();
    expect(screen.getByRole("combobox", { name: "Marco Rubio" })).toHaveFocus();
    await user.selectOptions(screen.getByRole("combobox", { name: "Marco Rubio" }), "Secretary of State");
    await user.tab();
    expect(screen.getByRole("combobox", { name: "Sergey Lavrov" })).toHaveFocus();
    await user.selectOptions(screen.getByRole("combobox", { name: "Sergey Lavrov" }), "Russian Foreign Minister");
    await user.tab();
    expect(submit).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(onAnswer).toHaveBeenCalledWith({
      type: "pairs",
      pairs: [
        { left: "Marco Rubio", right: "Secretary of State" },
        { left: "Sergey Lavrov", right: "Russian Foreign Minister" },
      ],
    });
  });

  test("a right-hand side already used elsewhere is marked as used", async () => {
    const user = userEvent.setup();
    render(<MatchingQuestion question={question} disabled={false} onAnswer={jest.fn()} />);
    await user.selectOptions(screen.getByRole("combobox", { name: "Marco Rubio" }), "Secretary of State");
    expect(screen.getByRole("combobox", { name: "Sergey Lavrov" })).toHaveTextContent("Secretary of State (used)");
  });
});

describe("ordering, keyboard only", () => {
  const question = { ...base, kind: "ordering", steps: ["The phone conversation", "Russia's annexation of Crimea", "The previous meeting"] };
  const order = () => screen.getAllByRole("listitem").map((item) => item.getAttribute("aria-label"));

  test("Alt+Arrow keys move the focused row and keep focus on it", async () => {
    const onAnswer = jest.fn();
    const user = userEvent.setup();
    render(<OrderingQuestion question={question} disabled={false} onAnswer={onAnswer} />);
    await user.tab();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("listitem", { name: /Russia's annexation/ })).toHaveFocus();
    await user.keyboard("{Alt>}{ArrowUp}{/Alt}");
    expect(order()).toEqual(["1. Russia's annexation of Crimea", "2. The phone conversation", "3. The previous meeting"]);
    expect(screen.getByRole("listitem", { name: /Russia's annexation/ })).toHaveFocus();
    expect(screen.getByText("Russia's annexation of Crimea: now 1 of 3.")).toBeInTheDocument();
  });

  test("the move buttons reorder too, and the order is sent as the answer", async () => {
    const onAnswer = jest.fn();
    const user = userEvent.setup();
    render(<OrderingQuestion question={question} disabled={false} onAnswer={onAnswer} />);
    const down = screen.getByRole("button", { name: "Move “The phone conversation” down" });
    down.focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "Move “The phone conversation” down" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(order()).toEqual(["1. Russia's annexation of Crimea", "2. The previous meeting", "3. The phone conversation"]);
    await user.click(screen.getByRole("button", { name: "Check order" }));
    expect(onAnswer).toHaveBeenCalledWith({ type: "sequence", sequence: ["Russia's annexation of Crimea", "The previous meeting", "The phone conversation"] });
  });

  test("the first row cannot move up and the last cannot move down", () => {
    render(<OrderingQuestion question={question} disabled={false} onAnswer={jest.fn()} />);
    expect(screen.getByRole("button", { name: "Move “The phone conversation” up" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Move “The previous meeting” down" })).toBeDisabled();
  });
});
