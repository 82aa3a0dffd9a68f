/** @jest-environment node */
import { sameNameClass, withinStemBounds } from "@/lib/quizgen/distractors";

describe("distractors fit the key's class and the stem's numbers (heldout-3 implausible distractors)", () => {
  it("does not offer an institution for a mission, or the reverse", () => {
    expect(sameNameClass("Double Asteroid Redirection Test", "European Space Agency")).toBe(false);
    expect(sameNameClass("Double Asteroid Redirection Test", "Jet Propulsion Laboratory")).toBe(false);
    expect(sameNameClass("Gemini Project Office", "Manned Spacecraft Center")).toBe(true);
    expect(sameNameClass("Goddard Institute for Space Studies", "Columbia University")).toBe(true);
    expect(sameNameClass("SpamHaus", "Sophos")).toBe(true);
  });

  it("keeps numeric options inside what the stem allows", () => {
    const stem = "Manning completed _____ of 23 passes for 141 yards.";
    expect(withinStemBounds(stem, "24")).toBe(false);
    expect(withinStemBounds(stem, "12")).toBe(true);
    expect(withinStemBounds("Manning completed 13 of _____ passes.", "12")).toBe(false);
    expect(withinStemBounds("Manning completed 13 of _____ passes.", "28")).toBe(true);
    expect(withinStemBounds("Turnout was _____.", "130%")).toBe(false);
  });
});
