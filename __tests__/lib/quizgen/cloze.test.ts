/** @jest-environment node */
import { analyse } from "@/lib/quizgen";
import { buildPool } from "@/lib/quizgen/distractors";
import { clozeItems } from "@/lib/quizgen/generators/cloze";
import { relatedPlaces } from "@/lib/quizgen/generators/shared";
import { createRng } from "@/lib/quizgen/random";

const text =
  "The city council approved the new stadium on March 3. Mayor Linda Park said construction of the stadium would start in 2026 after a public vote. " +
  "The project will cost 450 million dollars, according to the council. The arena opens in Leeds, England.";

function cloze(input: string) {
  const a = analyse({ title: "", text: input, publishedAt: "2025-03-05" });
  const gen = { pool: buildPool(a.entities, []), rng: createRng(1), related: relatedPlaces(a.entities) };
  return a.facts.flatMap((f) => clozeItems(f, gen));
}

describe("cloze items", () => {
  const items = cloze(text);

  it.each([
    { answer: "March 3", prompt: "The city council approved the new stadium on _____.", rule: "cloze-date" },
    { answer: "2026", prompt: "Mayor Linda Park said construction of the stadium would start in _____ after a public vote.", rule: "cloze-date" },
    { answer: "450 million dollars", prompt: "The project will cost _____, according to the council.", rule: "cloze-money" },
  ])("blanks $answer", ({ answer, prompt, rule }) => {
    const item = items.find((i) => i.answer === answer);
    expect(item).toMatchObject({ kind: "cloze", prompt, rule });
  });

  it("blanks a person together with their title, so the role cannot give the name away", () => {
    const person = items.find((i) => i.answer === "Linda Park");
    expect(person?.prompt).toBe("_____ said construction of the stadium would start in 2026 after a public vote.");
    expect(person?.alternatives).toEqual(expect.arrayContaining(["Park", "Mayor Linda Park"]));
  });

  it("drops a titled person from a short stem, where other people would fit", () => {
    expect(cloze("Coach Ana Silva will lead the team. The club was founded in 1901.").find((i) => i.answer === "Ana Silva")).toBeUndefined();
  });

  it("skips a place whose container sits right beside the blank ('_____, England')", () => {
    expect(items.find((i) => i.answer === "Leeds")).toBeUndefined();
  });

  it("gives every cloze one blank, an answer from its sentence and a span inside the text", () => {
    for (const item of items) {
      expect(item.prompt.split("_____")).toHaveLength(2);
      expect(text.slice(item.source.start, item.source.end)).toBe(item.source.sentence);
      expect(item.source.sentence).toContain(item.answer);
    }
  });

  it("makes nothing from a sentence that opens with a dangling reference", () => {
    expect(cloze("This decision follows a vote on May 4.")).toEqual([]);
  });

  it("treats a well-known sub-national region in the stem as giving its country away", () => {
    const items = cloze("The war in Ukraine began with the annexation of Crimea in 2014. Talks were held in Geneva.");
    expect(items.find((i) => i.answer === "Ukraine")).toBeUndefined();
    expect(items.find((i) => i.answer === "2014")).toBeDefined();
  });

  it("treats the demonym of a containing country as giving a city away", () => {
    const items = cloze("The summit will take place in Budapest, Hungary, next month. Hungarian officials will welcome the delegations in Budapest on Friday.");
    expect(items.filter((i) => i.answer === "Budapest" && /Hungarian/.test(i.prompt))).toEqual([]);
  });

  it("does not blank a broad region, which admits several answers", () => {
    const items = cloze("The new pipeline carries gas from Norway to Eastern Europe in large volumes.");
    expect(items.find((i) => i.answer === "Eastern Europe")).toBeUndefined();
    expect(items.find((i) => i.answer === "Norway")).toBeDefined();
  });

  it("drops a blank in a hypothetical sentence and keeps the same blank in a factual one", () => {
    const hedged = cloze("The new pipeline could carry gas from Norway to the coast by next winter.").filter((i) => i.answer === "Norway");
    const [plain] = cloze("The new pipeline carries gas from Norway to the coast every winter.").filter((i) => i.answer === "Norway");
    expect(hedged).toEqual([]);
    expect(plain).toBeDefined();
  });
});

describe("relative-date alternatives", () => {
  it("never accepts 'Today' or 'next week' for a date answer, even when they resolve to the same day", () => {
    const { alternativesFor } = jest.requireActual("@/lib/quizgen/generators/shared") as typeof import("@/lib/quizgen/generators/shared");
    const entity = { id: "e-1", type: "DATE" as const, subtype: "day", value: "2025-03-06", name: "Thursday", aliases: ["Today", "tonight", "next week"], mentions: [] };
    const alts = alternativesFor(entity, "Thursday");
    expect(alts.map((a) => a.toLowerCase())).not.toEqual(expect.arrayContaining(["today"]));
    expect(alts.some((a) => /today|tonight|next week/i.test(a))).toBe(false);
  });

  it("accepts the ISO form of a date only when the article wrote its year: a year taken from the publication date may be wrong", () => {
    const { alternativesFor } = jest.requireActual("@/lib/quizgen/generators/shared") as typeof import("@/lib/quizgen/generators/shared");
    const written = { id: "e-1", type: "DATE" as const, subtype: "day", value: "1964-04-08", name: "April 8, 1964", aliases: [], mentions: [] };
    expect(alternativesFor(written, "April 8, 1964")).toContain("1964-04-08");
    // A history published (or dated) in 2024 that says "April 9" about 1964.
    const inferred = { id: "e-2", type: "DATE" as const, subtype: "day", value: "2024-04-09", name: "April 9", aliases: [], mentions: [] };
    expect(alternativesFor(inferred, "April 9")).not.toContain("2024-04-09");
    const weekday = { id: "e-3", type: "DATE" as const, subtype: "weekday", value: "2025-03-06", name: "Thursday", aliases: [], mentions: [] };
    expect(alternativesFor(weekday, "Thursday").some((alternative) => /\d{4}/.test(alternative))).toBe(false);
  });

  it("does not offer 'Today' in the cloze for 'on Thursday' when the article also says 'Today'", () => {
    const items = cloze("The council approved the new stadium on Thursday, ending a long dispute with local residents. Today about half of all fans travel to matches by car.");
    const day = items.find((i) => i.answer === "Thursday");
    expect(day?.alternatives ?? []).not.toContain("Today");
  });
});
