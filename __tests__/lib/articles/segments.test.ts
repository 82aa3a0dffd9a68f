/** @jest-environment node */
import { segmentArticle, sentenceAnchor } from "@/lib/articles/segments";

const text = "Alpha one. Beta two. Gamma three.";
const span = (spanStart: number, spanEnd: number) => ({ spanStart, spanEnd });

test("sourced sentences and the text between them cover the article exactly once, in order", () => {
  const segments = segmentArticle(text, [span(21, 33), span(0, 10)]);
  expect(segments.map((s) => [text.slice(s.start, s.end), Boolean(s.span)])).toEqual([
    ["Alpha one.", true],
    [" Beta two. ", false],
    ["Gamma three.", true],
  ]);
});

test("an overlapping span keeps the earlier sentence; spans outside the text are ignored", () => {
  const segments = segmentArticle(text, [span(0, 10), span(5, 20), span(30, 99), span(4, 4)]);
  expect(segments.filter((s) => s.span).map((s) => [s.start, s.end])).toEqual([[0, 10]]);
  expect(segments.map((s) => text.slice(s.start, s.end)).join("")).toBe(text);
});

test("the anchor names the deck and the sentence's start", () => {
  expect(sentenceAnchor("deck1", 21)).toBe("/decks/deck1#sentence-21");
});
