/** @jest-environment node */
import { rankItems } from "@/lib/quizgen/rank";
import type { Item, ItemKind } from "@/lib/quizgen";

let n = 0;
function item(kind: ItemKind, answer: string, sentenceStart: number, score: number, fact = `f-${sentenceStart}`): Item {
  n++;
  return {
    id: "",
    kind,
    prompt: `prompt ${n}`,
    answer,
    fact,
    source: { sentence: `sentence at ${sentenceStart}`, start: sentenceStart, end: sentenceStart + 10 },
    rule: `${kind}-test`,
    score,
    checks: [],
  };
}

describe("rankItems", () => {
  it("orders by score when nothing else is in the way", () => {
    const ranked = rankItems([item("cloze", "A", 0, 0.5), item("mcq", "B", 20, 0.9), item("short_answer", "C", 40, 0.7)], 10);
    expect(ranked.map((i) => i.answer)).toEqual(["B", "C", "A"]);
  });

  it("keeps a repeated answer (or a longer form of it) out of the first ten", () => {
    const items = [
      item("mcq", "Donald Trump", 0, 0.99),
      item("cloze", "Trump", 20, 0.98),
      ...Array.from({ length: 12 }, (_, k) => item("short_answer", `answer ${k}`, 100 + k * 20, 0.5)),
    ];
    const ranked = rankItems(items, 50);
    const top = ranked.slice(0, 10).map((i) => i.answer);
    expect(top).toContain("Donald Trump");
    expect(top).not.toContain("Trump");
    expect(ranked.map((i) => i.answer)).toContain("Trump");
  });

  it("takes two items from one sentence before any other sentence's, then a third and fourth only to fill the deck", () => {
    const items = [
      item("cloze", "A", 0, 0.9),
      item("mcq", "B", 0, 0.8),
      item("short_answer", "C", 0, 0.7),
      item("true_false", "E", 0, 0.65),
      item("short_answer", "F", 0, 0.6),
      item("cloze", "D", 50, 0.1),
    ];
    const ranked = rankItems(items, 10);
    expect(ranked.map((i) => i.answer)).toEqual(["A", "B", "D", "C", "E"]);
    expect(ranked.filter((i) => i.source.start === 0)).toHaveLength(4);
  });

  it("assigns deterministic ids and respects maxItems", () => {
    const make = () => [item("cloze", "A", 0, 0.9), item("mcq", "B", 20, 0.8), item("mcq", "C", 40, 0.7)];
    n = 0;
    const first = rankItems(make(), 2);
    n = 0;
    const second = rankItems(make(), 2);
    expect(first).toHaveLength(2);
    expect(first.map((i) => i.id)).toEqual(second.map((i) => i.id));
    expect(first[0]?.id).toMatch(/^q-[0-9a-f]{8}$/);
  });
});
