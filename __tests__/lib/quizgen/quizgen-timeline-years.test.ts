/** @jest-environment node */
import { analyse } from "@/lib/quizgen";
import { datedClauses } from "@/lib/quizgen/generators/timeline";

describe("dated claims for ordering and matching (heldout-3 wrong sequence)", () => {
  it("uses only dates whose year the article wrote", () => {
    const title = "Purchase of Alaska, 1867";
    const text =
      "Russia offered to sell Alaska to the United States in 1859. The Senate approved the treaty of purchase on April 9. " +
      "In 1884, the United States constituted a civil government in Alaska. Alaska became a state on January 3, 1959.";
    const a = analyse({ title, text, publishedAt: "2024-05-01" });
    const labels = datedClauses(a.facts, { title, sentences: a.sentences, entities: a.entities }).map((c) => c.label);
    expect(labels.some((l) => /Senate approved the treaty/.test(l))).toBe(false);
    expect(labels.some((l) => /Alaska became a state/.test(l))).toBe(true);
  });
});
