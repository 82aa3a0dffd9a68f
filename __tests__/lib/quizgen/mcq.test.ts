/** @jest-environment node */
import { analyse, generateCandidates, generateDeck, rankCandidates } from "@/lib/quizgen";
import { buildPool } from "@/lib/quizgen/distractors";
import { mcqItems } from "@/lib/quizgen/generators/mcq";
import { relatedPlaces } from "@/lib/quizgen/generators/shared";
import { createRng } from "@/lib/quizgen/random";

describe("multiple-choice items", () => {
  it("offers three distinct distractors of the answer's type, none from its sentence", () => {
    const text =
      "Peace talks were held in Hungary last week. Observers from Austria attended. " +
      "Poland and Romania sent letters of support.";
    // The rules' ranking without the acceptability model, which may leave low-rated items out of a deck.
    const items = rankCandidates(generateCandidates({ title: "", text, publishedAt: "2025-10-17" }, { seed: 3 }), 100, null);
    const mcq = items.find((i) => i.kind === "mcq" && i.answer === "Hungary");
    expect(mcq?.prompt).toBe("Peace talks were held in _____ last week.");
    expect(mcq?.options).toHaveLength(4);
    expect(mcq?.options).toContain("Hungary");
    expect(new Set(mcq?.options).size).toBe(4);
    expect(mcq?.options).not.toContain("Budapest");
  });

  it("renders 'the' with options that need it instead of leaving it in the stem", () => {
    const a = analyse({ title: "", text: "The agreement was signed by the United States and Japan. Germany joined the agreement in May." });
    const gen = { pool: buildPool(a.entities, []), rng: createRng(1), related: relatedPlaces(a.entities) };
    const mcq = a.facts.flatMap((f) => mcqItems(f, gen)).find((i) => /United States/.test(i.answer));
    expect(mcq?.prompt).toBe("The agreement was signed by _____ and Japan.");
    expect(mcq?.answer).toBe("the United States");
  });

  it("is dropped, not padded, when no defensible distractors exist", () => {
    const text = "Jane Okafor chaired the review panel for three hours on Monday.";
    const deck = generateDeck({ title: "", text }, { seed: 1, maxItems: 100 });
    expect(deck.items.filter((i) => i.kind === "mcq" && i.answer === "Jane Okafor")).toEqual([]);
  });

  it("uses bank entities as distractors when the article has too few", () => {
    const text = "Jane Okafor chaired the review panel on Monday, and the report followed in June 2024.";
    const bank = [
      { type: "PERSON" as const, name: "Maria Lopez" },
      { type: "PERSON" as const, name: "Ruth Adeyemi" },
      { type: "PERSON" as const, name: "Carla Mendes" },
    ];
    const a = analyse({ title: "", text, publishedAt: "2024-07-01" });
    const gen = { pool: buildPool(a.entities, bank), rng: createRng(1), related: relatedPlaces(a.entities) };
    const mcq = a.facts.flatMap((f) => mcqItems(f, gen)).find((i) => i.answer === "Jane Okafor");
    expect(mcq?.options?.slice().sort()).toEqual(["Carla Mendes", "Jane Okafor", "Maria Lopez", "Ruth Adeyemi"]);
    expect(mcq?.rule).toBe("mcq-person-bank");
  });

  it("flags items whose options were synthesised", () => {
    const a = analyse({ title: "", text: "The bridge opened to traffic on October 16.", publishedAt: "2025-10-17" });
    const gen = { pool: buildPool(a.entities, []), rng: createRng(1), related: relatedPlaces(a.entities) };
    const [mcq] = a.facts.flatMap((f) => mcqItems(f, gen));
    expect(mcq?.answer).toBe("October 16");
    expect(mcq?.synthetic).toBe(true);
    expect(mcq?.options?.every((o) => /^October \d+$/.test(o))).toBe(true);
  });

  it("ranks a person whose blank only owns something ('_____'s hopes') below one who acts", () => {
    const text =
      "Maria Lopez chaired the review panel in Geneva. Ruth Adeyemi wrote the final report. Carla Mendes led the audit team. " +
      "Despite Jane Okafor's hopes of a quick deal, the talks failed. Jane Okafor signed the agreement in Vienna.";
    const a = analyse({ title: "", text });
    const gen = { pool: buildPool(a.entities, []), rng: createRng(1), related: relatedPlaces(a.entities) };
    const items = a.facts.flatMap((f) => mcqItems(f, gen)).filter((i) => i.answer === "Jane Okafor");
    const possessive = items.find((i) => i.prompt.includes("_____'s"));
    const actor = items.find((i) => i.prompt.startsWith("_____ signed"));
    expect(possessive?.checks).toContainEqual(expect.objectContaining({ name: "not-possessive-blank", passed: false }));
    expect(possessive?.score).toBeLessThan((actor?.score ?? 0) * 0.7);
  });
});


describe("person option forms", () => {
  it("never sets a bare surname beside full names", () => {
    const text =
      "Mayor Anna van Dijk said the museum would reopen in the spring after a long and costly renovation of its halls. " +
      "Treasurer Paul Smit said Utrecht would pay most of the cost. Critics were led by Kees, a local shopkeeper. " +
      "Councillor Eva Mulder said the opening date should be delayed by a year. Curator Bram Kok said the collection was safe. " +
      "\"We are ready for visitors from across the country,\" van Dijk told reporters at the museum's entrance on Monday morning.";
    const items = rankCandidates(generateCandidates({ title: "", text, publishedAt: "2025-10-17" }, { seed: 3 }), 100, null);
    const people = items.filter((i) => i.kind === "mcq" && /Dijk|Smit|Mulder|Kok/.test(i.answer));
    expect(people.length).toBeGreaterThan(0);
    for (const item of people) {
      expect(item.prompt).not.toMatch(/\bvan _____/);
      for (const o of item.options ?? []) expect(/\s/.test(o)).toBe(true);
    }
  });
});
