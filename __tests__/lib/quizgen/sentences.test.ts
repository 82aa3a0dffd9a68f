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

  it.each([
    {
      label: "a film title ending in ? followed by its bracketed translation",
      text: "She began acting in 1949 in the film Meurtres? (Three Sinners, 1950) and in Touchez pas au grisbi (1954). She left.",
      first: "She began acting in 1949 in the film Meurtres? (Three Sinners, 1950) and in Touchez pas au grisbi (1954).",
    },
    {
      label: "a title ending in ! followed by its year and a comma",
      text: "She won a BAFTA for Viva Maria! (1965), and a César for The Old Lady (1992). She was glad.",
      first: "She won a BAFTA for Viva Maria! (1965), and a César for The Old Lady (1992).",
    },
    {
      label: "an ellipsis inside a title",
      text: "She won the award for Seven Days ... Seven Nights (1960) and more. She was glad.",
      first: "She won the award for Seven Days ... Seven Nights (1960) and more.",
    },
    {
      label: "an abbreviation inside brackets",
      text: "Her mother was a dancer (d. 1990), and her father a restaurateur (d. 1975). She was born in Paris.",
      first: "Her mother was a dancer (d. 1990), and her father a restaurateur (d. 1975).",
    },
    {
      label: "a bracketed page range",
      text: "Division C (pp. 255-441) is the Tax Act. It passed.",
      first: "Division C (pp. 255-441) is the Tax Act.",
    },
    {
      label: "an opus number",
      text: "Simrock commissioned the Slavonic Dances, Op. 46. They sold well.",
      first: "Simrock commissioned the Slavonic Dances, Op. 46.",
    },
    {
      label: "circa before a year",
      text: "Joshua Norton (born c. 1818) was a citizen of San Francisco. He died in 1880.",
      first: "Joshua Norton (born c. 1818) was a citizen of San Francisco.",
    },
  ])("keeps one sentence across $label", ({ text, first }) => {
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([first, text.slice(first.length + 1)]);
    expect(sentences[0]?.complete).toBe(true);
  });

  it.each([
    { label: "an ellipsis before a sentence opener", text: "He paused ... The crowd waited.", count: 2 },
    { label: "a bracketed sentence of its own", text: "The glaciers retreated. (These edges were already in the water.) Ice was lost.", count: 3 },
    { label: "a question followed by a new sentence", text: "Why did it fail? The report does not say.", count: 2 },
  ])("still splits at $label", ({ text, count }) => {
    expect(splitSentences(text)).toHaveLength(count);
  });

  it("reads a stray closing quote as closed, so the next sentences still split", () => {
    const text = 'When a young girl," the family moved to Vichy. It was wonderful there. They stayed.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['When a young girl," the family moved to Vichy.', "It was wonderful there.", "They stayed."]);
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
