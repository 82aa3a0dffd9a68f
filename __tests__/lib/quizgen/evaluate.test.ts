/** @jest-environment node */
import { coveredKeyFacts, failureOf, itemTestsFact, LabelIndex, verdictOf, type ItemLabel } from "@/lib/quizgen/evaluate";
import type { Item } from "@/lib/quizgen";

const SOURCE = "The Alabama was launched on July 29, 1862, and captured 58 Northern merchant ships.";

function item(over: Partial<Item>): Item {
  return {
    id: "q-1",
    kind: "cloze",
    prompt: "The Alabama was launched on _____, and captured 58 Northern merchant ships.",
    answer: "July 29, 1862",
    fact: "f-1",
    source: { sentence: SOURCE, start: 0, end: SOURCE.length },
    rule: "cloze-date",
    score: 1,
    checks: [],
    ...over,
  };
}

describe("itemTestsFact", () => {
  it("counts a cloze whose key is in the claim and whose sentence states it", () => {
    expect(itemTestsFact(item({}), "The Alabama was launched on July 29, 1862.")).toBe(true);
  });

  it("does not count a cloze whose key is absent from the claim", () => {
    expect(itemTestsFact(item({}), "The Alabama captured 58 Northern merchant ships.")).toBe(false);
  });

  it("does not count a key that occurs in the claim when the source sentence is about something else", () => {
    const other = item({ answer: "1862", source: { sentence: "Congress met in 1862 to debate tariffs.", start: 0, end: 38 } });
    expect(itemTestsFact(other, "The Alabama was launched on July 29, 1862.")).toBe(false);
  });

  it("counts a true/false statement that restates the claim", () => {
    const tf = item({ kind: "true_false", prompt: "The Alabama captured 85 Northern merchant ships.", answer: "False", truth: false });
    expect(itemTestsFact(tf, "The Alabama captured 58 Northern merchant ships.")).toBe(true);
  });

  it("counts a matching item when one pair has both sides in the claim", () => {
    const m = item({ kind: "matching", prompt: "Match", answer: "", pairs: [{ left: "Charles Sumner", right: "Chairman of the Senate Foreign Relations Committee" }] });
    expect(itemTestsFact(m, "Charles Sumner was Chairman of the Senate Foreign Relations Committee.")).toBe(true);
  });

  it("requires every anchor of an anchored key fact", () => {
    expect(itemTestsFact(item({}), { claim: "The Alabama was launched on July 29, 1862.", anchors: ["Liverpool"] })).toBe(false);
  });
});

describe("labels", () => {
  const label: ItemLabel = {
    article: "a.txt",
    kind: "cloze",
    prompt: "The Alabama was launched on _____, and captured 58 Northern merchant ships.",
    answer: "July 29, 1862",
    label: "obvious",
    keyFacts: [1],
  };

  it("reads the verdict from label or acceptable, and none from an unfilled sheet", () => {
    expect(verdictOf(label)).toBe("obvious");
    expect(verdictOf({ ...label, label: undefined, acceptable: false })).toBe("unacceptable");
    expect(verdictOf({ ...label, label: null })).toBeNull();
    expect(failureOf(label)).toBe("trivial/obvious");
    expect(failureOf({ ...label, label: "unacceptable", failure: "Not self-contained: 'he' has no antecedent" })).toBe("not self-contained");
    expect(failureOf({ ...label, label: "unacceptable", failure: "mcq options (two ruled out)" })).toBe("mcq options");
  });

  it("matches by article, kind, prompt and answer, and marks changed alternatives as stale", () => {
    const index = new LabelIndex([label]);
    expect(index.match("a.txt", item({})).status).toBe("labelled");
    expect(index.match("a.txt", item({ alternatives: ["1862-07-29"] })).status).toBe("stale");
    expect(index.match("b.txt", item({})).status).toBe("unlabelled");
  });

  it("adds the key facts a judge recorded to the automatic coverage", () => {
    const covered = coveredKeyFacts([{ item: item({}), label }], ["The Alabama was launched on July 29, 1862.", "Something the item does not mention."]);
    expect([...covered].sort()).toEqual([0, 1]);
  });
});
