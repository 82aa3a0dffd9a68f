import { dateForms, numberForms } from "@/lib/quizgen/generators/shared";
import { detectQuantities } from "@/lib/quizgen/dates";

describe("accepted date forms", () => {
  test.each([
    { label: "an ordinal day also accepts the bare day, month-first and day-first", text: "June 5th", forms: ["June 5", "5 June"] },
    { label: "a day-first date with its year also accepts month-first", text: "9 March 2007", forms: ["March 9", "9 March", "March 9, 2007"] },
    { label: "a month-first date with its year also accepts day-first", text: "March 9, 2007", forms: ["March 9", "9 March", "9 March 2007"] },
  ])("$label", ({ text, forms }) => {
    expect(dateForms(text)).toEqual(expect.arrayContaining(forms));
    expect(dateForms(text)).not.toContain(text);
  });

  test("a form never adds a year the answer does not write", () => {
    expect(dateForms("July 2").some((f) => /\d{4}/.test(f))).toBe(false);
  });

  test("text that is no day gives no forms", () => {
    expect(dateForms("February 2002")).toEqual([]);
  });
});

describe("accepted money forms and figure spans", () => {
  test("a sum with a currency symbol also accepts the bare figure", () => {
    expect(numberForms("$250,000")).toEqual(expect.arrayContaining(["250,000 dollars", "250,000"]));
  });

  test("the comma closing a clause is no part of a figure", () => {
    const money = detectQuantities("The revisions raise the cap to $250,000, a move designed to please progressives.").find((q) => q.type === "MONEY");
    expect(money?.text).toBe("$250,000");
  });
});
