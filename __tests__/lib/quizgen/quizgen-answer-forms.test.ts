/** @jest-environment node */
import { numberForms } from "@/lib/quizgen/generators/shared";

describe("accepted answer forms (heldout-3 missing alternatives)", () => {
  it("accepts a sum written with its currency's word or symbol", () => {
    expect(numberForms("€52 million")).toContain("52 million euros");
    expect(numberForms("$2.9 billion")).toContain("2.9 billion dollars");
    expect(numberForms("52 million euros")).toContain("€52 million");
  });

  it("accepts a span of decades or centuries in years", () => {
    expect(numberForms("three decades")).toEqual(expect.arrayContaining(["30 years", "thirty years"]));
    expect(numberForms("a decade")).toContain("10 years");
    expect(numberForms("two centuries")).toContain("200 years");
  });
});
