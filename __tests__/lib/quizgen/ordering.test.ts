/** @jest-environment node */
import { generateDeck } from "@/lib/quizgen";

describe("ordering items", () => {
  it("orders dated events earliest first", () => {
    const text =
      "The second meeting between the ministers followed on June 9. Observers recalled that the signing of the treaty took place in 2019. " +
      "The first meeting between the ministers took place on May 2.";
    const deck = generateDeck({ title: "", text, publishedAt: "2025-07-01" }, { seed: 1, maxItems: 100 });
    const item = deck.items.find((i) => i.kind === "ordering");
    expect(item?.sequence).toEqual([
      "The signing of the treaty",
      "The first meeting between the ministers",
      "The second meeting between the ministers",
    ]);
    expect(item?.prompt).toBe("Put these events in chronological order, earliest first.");
    expect(item?.answer).toBe(item?.sequence?.join(" → "));
  });

  it("leaves out events whose dates cannot be ordered against the others", () => {
    const text =
      "The signing of the treaty happened in 2019. The first meeting took place on May 2, 2019. " +
      "The second meeting followed on June 9, 2020.";
    const deck = generateDeck({ title: "", text }, { seed: 1, maxItems: 100 });
    expect(deck.items.find((i) => i.kind === "ordering")).toBeUndefined();
  });
});
