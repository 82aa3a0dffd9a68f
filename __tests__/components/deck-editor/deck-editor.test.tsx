import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DeckEditor, type EditorActions } from "@/components/deck-editor/deck-editor";
import type { DeckEditorData, EditorItem } from "@/components/deck-editor/editor-types";

jest.mock("next/link", () => ({ __esModule: true, default: ({ href, children, ...rest }: { href: string; children: React.ReactNode }) => <a href={href} {...rest}>{children}</a> }));

const TEXT = "Leaders met in Budapest on Monday. The talks lasted two hours. Rain fell.";

function item(overrides: Partial<EditorItem> & Pick<EditorItem, "id" | "factId" | "kind" | "prompt" | "answer">): EditorItem {
  return { position: 0, alternatives: [], payload: {}, rule: "r", score: 0.5, checks: [{ name: "answer_in_source", passed: true, hard: true }], status: "GENERATED", ...overrides };
}

function data(): DeckEditorData {
  return {
    deck: { id: "deck1", title: "Summit", visibility: "PRIVATE" },
    article: { title: "Summit", text: TEXT, publishedAt: "2025-10-17" },
    facts: [
      { id: "f1", position: 0, statement: "Leaders met in Budapest on Monday.", sourceSentence: "Leaders met in Budapest on Monday.", spanStart: 0, spanEnd: 34, entities: [{ type: "PLACE", name: "Budapest" }], manual: false },
      { id: "f2", position: 1, statement: "The talks lasted two hours.", sourceSentence: "The talks lasted two hours.", spanStart: 35, spanEnd: 62, entities: [], manual: false },
    ],
    items: [
      item({ id: "i1", factId: "f1", kind: "mcq", prompt: "Where did the leaders meet?", answer: "Budapest", score: 0.9, payload: { options: ["Budapest", "Vienna", "Prague"] } }),
      item({ id: "i2", factId: "f1", kind: "cloze", prompt: "Leaders met in _____ on Monday.", answer: "Budapest", score: 0.8 }),
      item({ id: "i3", factId: "f2", kind: "true_false", prompt: "The talks lasted two hours.", answer: "True", score: 0.6, payload: { truth: true } }),
    ],
    candidates: [
      { type: "PLACE", name: "Budapest" },
      { type: "PLACE", name: "Vienna" },
      { type: "PLACE", name: "Warsaw" },
      { type: "PERSON", name: "Viktor Orbán" },
    ],
  };
}

function fakeActions(initial = data()): EditorActions & { calls: Record<string, unknown[]> } {
  const calls: Record<string, unknown[]> = {};
  const record = (name: string, input: unknown) => (calls[name] = [...(calls[name] ?? []), input]);
  const find = (id: string) => initial.items.find((i) => i.id === id)!;
  return {
    calls,
    changeStatus: async (input) => {
      record("changeStatus", input);
      const status = { accept: "ACCEPTED", discard: "DISCARDED", restore: "GENERATED" }[input.action];
      return { ok: true, data: { ...find(input.itemId), status } };
    },
    edit: async (input) => {
      record("edit", input);
      const { itemId, ...values } = input;
      return {
        ok: true,
        data: { ...find(itemId), ...values, payload: { ...find(itemId).payload, options: values.options, edited: true }, status: "EDITED", checks: [{ name: "distractor_not_in_source", passed: false, hard: false, detail: "The wrong option \"Budapest\" appears in the source sentence, so it may also be right." }] },
      };
    },
    acceptTop: async (input) => (record("acceptTop", input), { ok: true, data: ["i1", "i2"] }),
    discardKind: async (input) => (record("discardKind", input), { ok: true, data: initial.items.filter((i) => i.kind === input.kind).map((i) => i.id) }),
    undoBulk: async (input) => (record("undoBulk", input), { ok: true, data: undefined }),
    addManual: async (input) => {
      record("addManual", input);
      return {
        ok: true,
        data: {
          fact: { id: "f9", position: 9, statement: "s", sourceSentence: "s", spanStart: 0, spanEnd: 0, entities: [], manual: true },
          item: item({ id: "i9", factId: "f9", kind: "kind" in input ? input.kind : "cloze", prompt: "prompt" in input ? input.prompt : "x", answer: "answer" in input ? input.answer : "Monday", status: "ACCEPTED", rule: "manual", score: 1 }),
        },
      };
    },
    regenerate: async () => ({ ok: false, message: "not in this test" }),
  };
}

test("groups questions by fact, best first, with accessible names for every control", () => {
  render(<DeckEditor initial={data()} actions={fakeActions()} />);
  const groups = screen.getAllByRole("region", { name: /^Fact:/ });
  expect(groups.map((g) => g.getAttribute("aria-label"))).toEqual(["Fact: Leaders met in Budapest on Monday.", "Fact: The talks lasted two hours."]);
  expect(within(groups[0]!).getAllByRole("article").map((a) => a.getAttribute("aria-label"))).toEqual(["Question 1, Multiple choice", "Question 2, Fill in the blank"]);
  expect(screen.getByRole("button", { name: "Accept Question 1, Multiple choice" })).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Discard Question 3, True or false" })).toBeInTheDocument();
  expect(screen.getByRole("region", { name: "Article" })).toHaveTextContent(TEXT);
  expect(screen.getByText("✓ Budapest")).toBeInTheDocument();
});

test("accept and discard call the server and show the new status; restore brings a discarded question back", async () => {
  const actions = fakeActions();
  render(<DeckEditor initial={data()} actions={actions} />);
  await userEvent.click(screen.getByRole("button", { name: "Accept Question 1, Multiple choice" }));
  expect(screen.getByRole("article", { name: "Question 1, Multiple choice" })).toHaveAttribute("data-status", "ACCEPTED");
  expect(screen.getByRole("status")).toHaveTextContent("Accepted question 1.");
  await userEvent.click(screen.getByRole("button", { name: "Discard Question 3, True or false" }));
  expect(screen.getByRole("article", { name: "Question 3, True or false" })).toHaveAttribute("data-status", "DISCARDED");
  await userEvent.click(screen.getByRole("button", { name: "Restore Question 3, True or false" }));
  expect(screen.getByRole("article", { name: "Question 3, True or false" })).toHaveAttribute("data-status", "GENERATED");
  expect(actions.calls.changeStatus).toEqual([
    { itemId: "i1", action: "accept" },
    { itemId: "i3", action: "discard" },
    { itemId: "i3", action: "restore" },
  ]);
});

test("keys on a focused question: D discards, R restores, A accepts, E opens the edit form", async () => {
  render(<DeckEditor initial={data()} actions={fakeActions()} />);
  const card = screen.getByRole("article", { name: "Question 2, Fill in the blank" });
  card.focus();
  await userEvent.keyboard("d");
  expect(card).toHaveAttribute("data-status", "DISCARDED");
  await userEvent.keyboard("r");
  expect(card).toHaveAttribute("data-status", "GENERATED");
  await userEvent.keyboard("a");
  expect(card).toHaveAttribute("data-status", "ACCEPTED");
  await userEvent.keyboard("e");
  expect(within(card).getByRole("form", { name: "Edit question" })).toBeInTheDocument();
  expect(within(card).getByLabelText("Prompt")).toHaveFocus();
  await userEvent.keyboard("{Escape}");
  expect(within(card).queryByRole("form")).not.toBeInTheDocument();
});

test("an edit swaps a distractor from the candidate pool, saves, and shows the re-check's warning", async () => {
  const actions = fakeActions();
  render(<DeckEditor initial={data()} actions={actions} />);
  await userEvent.click(screen.getByRole("button", { name: "Edit Question 1, Multiple choice" }));
  const form = screen.getByRole("form", { name: "Edit question" });
  const picker = within(form).getByRole("combobox", { name: "Replace option 2 with a candidate" });
  // Same type as the answer (PLACE), minus the options already there.
  expect(within(picker).getAllByRole("option").map((o) => o.textContent)).toEqual(["Pick a distractor…", "Warsaw"]);
  await userEvent.selectOptions(picker, "Warsaw");
  expect(within(form).getByRole("textbox", { name: "Option 2" })).toHaveValue("Warsaw");
  await userEvent.clear(within(form).getByLabelText("Prompt"));
  await userEvent.type(within(form).getByLabelText("Prompt"), "In which city did the leaders meet?");
  await userEvent.click(within(form).getByRole("button", { name: "Save and re-check" }));
  expect(actions.calls.edit).toEqual([{ itemId: "i1", prompt: "In which city did the leaders meet?", answer: "Budapest", alternatives: [], options: ["Budapest", "Warsaw", "Prague"] }]);
  expect(screen.getByRole("list", { name: "Warnings for Question 1, Multiple choice" })).toHaveTextContent('The wrong option "Budapest" appears in the source sentence');
  expect(screen.getByRole("status")).toHaveTextContent("Saved question 1. 1 warning to look at.");
});

test("bulk: accept the top N and undo; discard all of a kind", async () => {
  const actions = fakeActions();
  render(<DeckEditor initial={data()} actions={actions} />);
  const top = screen.getByRole("spinbutton", { name: "Best questions to accept" });
  await userEvent.clear(top);
  await userEvent.type(top, "2");
  await userEvent.click(screen.getByRole("button", { name: "Accept top 2" }));
  expect(actions.calls.acceptTop).toEqual([{ deckId: "deck1", top: 2 }]);
  expect(screen.getByRole("article", { name: "Question 2, Fill in the blank" })).toHaveAttribute("data-status", "ACCEPTED");
  await userEvent.click(screen.getByRole("button", { name: "Undo accepting 2" }));
  expect(actions.calls.undoBulk).toEqual([{ deckId: "deck1", itemIds: ["i1", "i2"], status: "GENERATED" }]);
  expect(screen.getByRole("article", { name: "Question 2, Fill in the blank" })).toHaveAttribute("data-status", "GENERATED");

  await userEvent.selectOptions(screen.getByRole("combobox", { name: "Kind to discard" }), "true_false");
  await userEvent.click(screen.getByRole("button", { name: "Discard all of this kind" }));
  expect(screen.getByRole("article", { name: "Question 3, True or false" })).toHaveAttribute("data-status", "DISCARDED");
});

test("clicking a highlighted sentence selects its fact; selecting article text offers a fill-in-the-blank", async () => {
  const actions = fakeActions();
  render(<DeckEditor initial={data()} actions={actions} />);
  const sentence = screen.getByRole("button", { name: "The talks lasted two hours." });
  await userEvent.click(sentence);
  expect(sentence).toHaveAttribute("aria-pressed", "true");

  const mark = screen.getByRole("button", { name: "Leaders met in Budapest on Monday." });
  const textNode = mark.firstChild!;
  const range = document.createRange();
  range.setStart(textNode, TEXT.indexOf("Monday"));
  range.setEnd(textNode, TEXT.indexOf("Monday") + "Monday".length);
  window.getSelection()!.removeAllRanges();
  window.getSelection()!.addRange(range);
  fireEvent.mouseUp(mark);
  await userEvent.click(await screen.findByRole("button", { name: "Make a fill-in-the-blank" }));
  expect(actions.calls.addManual).toEqual([{ kind: "cloze", deckId: "deck1", start: TEXT.indexOf("Monday"), end: TEXT.indexOf("Monday") + 6 }]);
  expect(screen.getByRole("status")).toHaveTextContent("Added a fill-in-the-blank for “Monday”.");
});

test("a question card written by hand is added through the form", async () => {
  const actions = fakeActions();
  render(<DeckEditor initial={data()} actions={actions} />);
  await userEvent.click(screen.getByRole("button", { name: "Add a question" }));
  const form = screen.getByRole("form", { name: "Add a question" });
  await userEvent.type(within(form).getByLabelText("Question"), "Who hosted the talks?");
  await userEvent.type(within(form).getByLabelText("Answer"), "Hungary");
  await userEvent.click(within(form).getByRole("button", { name: "Add question" }));
  expect(actions.calls.addManual).toEqual([{ kind: "short_answer", prompt: "Who hosted the talks?", answer: "Hungary", deckId: "deck1" }]);
  expect(screen.getByText("Who hosted the talks?", { selector: "p" })).toBeInTheDocument();
});

test("a refused action shows its message and changes nothing", async () => {
  const actions = fakeActions();
  actions.changeStatus = async () => ({ ok: false, message: "Only the deck's owner can change it." });
  render(<DeckEditor initial={data()} actions={actions} />);
  await act(async () => screen.getByRole("button", { name: "Discard Question 1, Multiple choice" }).click());
  expect(screen.getByRole("alert")).toHaveTextContent("Only the deck's owner can change it.");
  expect(screen.getByRole("article", { name: "Question 1, Multiple choice" })).toHaveAttribute("data-status", "GENERATED");
});

test("discarding the best question of a fact neither reorders nor renumbers the list", async () => {
  render(<DeckEditor initial={data()} actions={fakeActions()} />);
  const names = () => screen.getAllByRole("article").map((a) => a.getAttribute("aria-label"));
  const before = names();
  await userEvent.click(screen.getByRole("button", { name: "Discard Question 1, Multiple choice" }));
  await userEvent.click(screen.getByRole("button", { name: "Discard Question 2, Fill in the blank" }));
  expect(names()).toEqual(before);
});

test("the article's fact sentences are one tab stop: arrows move between them, Enter shows a fact's questions", async () => {
  const user = userEvent.setup();
  render(<DeckEditor initial={data()} actions={fakeActions()} />);
  const article = screen.getByRole("region", { name: "Article" });
  const sentences = [...article.querySelectorAll<HTMLElement>("[data-fact-id]")];
  expect(sentences.map((sentence) => sentence.dataset.factId)).toEqual(["f1", "f2"]);
  expect(sentences.map((sentence) => sentence.tabIndex)).toEqual([0, -1]);

  act(() => sentences[0]!.focus());
  await user.keyboard("{ArrowDown}");
  expect(sentences[1]).toHaveFocus();
  expect(sentences.map((sentence) => sentence.tabIndex)).toEqual([-1, 0]);
  await user.keyboard("{ArrowDown}");
  expect(sentences[1]).toHaveFocus();
  await user.keyboard("{Enter}");
  expect(sentences[1]).toHaveAttribute("aria-pressed", "true");
  // Enter also takes the keyboard to the fact's first question, on the next frame.
  const firstQuestion = document.querySelector<HTMLElement>('[data-fact-group="f2"] article');
  await waitFor(() => expect(firstQuestion).toHaveFocus());
  act(() => sentences[1]!.focus());
  await user.keyboard("{Home}");
  expect(sentences[0]).toHaveFocus();
  expect(sentences.map((sentence) => sentence.tabIndex)).toEqual([0, -1]);
  expect(sentences[0]).toHaveAttribute("aria-pressed", "false");
});
