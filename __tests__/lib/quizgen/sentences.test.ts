/** @jest-environment node */
import { splitSentences } from "@/lib/quizgen/sentences";

describe("splitSentences", () => {
  it("gives offsets that slice the original text back to each sentence", () => {
    const text = "Dr. Jane Smith met the U.S. team in Paris.  The talks ended on Friday!\nA new paragraph starts here.";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "Dr. Jane Smith met the U.S. team in Paris.",
      "The talks ended on Friday!",
      "A new paragraph starts here.",
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it.each([
    { label: "an initial", text: "The prize went to J. Smith of Leeds. He was glad.", count: 2 },
    { label: "an honorific", text: "Mr. Brown spoke. Ms. Green replied.", count: 2 },
    { label: "a dotted acronym before a name", text: "The U.S. President spoke. It rained.", count: 2 },
    { label: "a dotted acronym ending a sentence", text: "They moved to the U.S. The move was quick.", count: 2 },
    { label: "a closing quote", text: 'He said "Yes." Then he left.', count: 2 },
  ])("does not split after $label", ({ text, count }) => {
    expect(splitSentences(text)).toHaveLength(count);
  });

  it("skips a first line equal to the title, so the headline is not a body sentence", () => {
    const text = "Big News Today\nThe council voted on Monday.";
    const sentences = splitSentences(text, "Big News Today");
    expect(sentences.map((s) => s.text)).toEqual(["The council voted on Monday."]);
    expect(sentences[0]?.start).toBe(15);
  });

  it("marks lines without terminal punctuation as incomplete", () => {
    const [heading, body] = splitSentences("Results\nThe team won the final.");
    expect(heading?.complete).toBe(false);
    expect(body?.complete).toBe(true);
  });

  it("ignores text with no letters or digits", () => {
    expect(splitSentences("--- *** ---")).toEqual([]);
  });
});
