/** @jest-environment node */
import { analyse } from "@/lib/quizgen";
import { buildPool, containsWord, findDistractors, isNearDuplicate } from "@/lib/quizgen/distractors";
import { createRng } from "@/lib/quizgen/random";
import type { BankEntity, Entity } from "@/lib/quizgen";

function setup(text: string, bank: BankEntity[] = []) {
  const a = analyse({ title: "", text, publishedAt: "2025-10-17" });
  const pool = buildPool(a.entities, bank, "2025-10-17");
  const entity = (name: string): Entity => {
    const e = a.entities.find((x) => x.name === name);
    if (!e) throw new Error(`no ${name}`);
    return e;
  };
  const ask = (name: string, count = 3) => {
    const answer = entity(name);
    const mention = answer.mentions[0];
    if (!mention) throw new Error("no mention");
    const stem = a.sentences[mention.sentence]?.text.replace(mention.text, "_____") ?? "";
    return findDistractors(pool, { answer, mention, display: answer.name, stem, article: false, count, rng: createRng(1) });
  };
  return { ask };
}

describe("findDistractors", () => {
  it("never offers an entity from the answer's own sentence", () => {
    const { ask } = setup("Anna Berg and Olga Nilsson founded the firm. Maria Holm joined it later.");
    const texts = ask("Anna Berg").map((d) => d.text);
    expect(texts).not.toContain("Olga Nilsson");
    expect(texts).toContain("Maria Holm");
  });

  it("never offers a place that contains or lies within the answer, and fills from the gazetteer", () => {
    const { ask } = setup("The summit will be held in Hungary. Budapest is ready. Vienna sent a delegation.");
    const options = ask("Hungary");
    expect(options.map((d) => d.text)).not.toContain("Budapest");
    expect(options).toHaveLength(3);
    expect(options.every((d) => d.source === "gazetteer" || d.source === "article")).toBe(true);
  });

  it("uses the bank after the article and the gazetteer", () => {
    const { ask } = setup("Jane Okafor chaired the panel. The report was long.", [
      { type: "PERSON", name: "Maria Lopez" },
      { type: "PERSON", name: "Tom Reed" },
      { type: "PERSON", name: "Jane Okafor" },
    ]);
    const options = ask("Jane Okafor");
    expect(options.map((d) => [d.text, d.source])).toEqual(
      expect.arrayContaining([
        ["Maria Lopez", "bank"],
        ["Tom Reed", "bank"],
      ]),
    );
    expect(options.map((d) => d.text)).not.toContain("Jane Okafor");
  });

  it("falls back to synthetic nearby dates in the answer's format and flags them", () => {
    const { ask } = setup("The treaty was signed on October 16.");
    const options = ask("October 16");
    expect(options).toHaveLength(3);
    for (const d of options) {
      expect(d.source).toBe("synthetic");
      expect(d.text).toMatch(/^October \d{1,2}$/);
      expect(d.text).not.toBe("October 16");
    }
  });

  it("returns nothing for a person when neither the article nor the bank has another person", () => {
    const { ask } = setup("Jane Okafor chaired the panel on Monday.");
    expect(ask("Jane Okafor")).toEqual([]);
  });
});

describe("isNearDuplicate", () => {
  it.each([
    { a: "Donald Trump", b: "Trump", dup: true },
    { a: "the United States", b: "United States", dup: true },
    { a: "Ukraine", b: "Ukrain", dup: true },
    { a: "2,000", b: "2000", dup: true },
    { a: "October 16", b: "October 19", dup: false },
    { a: "Hungary", b: "Austria", dup: false },
    { a: "Marco Rubio", b: "Sergey Lavrov", dup: false },
  ])("'$a' vs '$b' → $dup", ({ a, b, dup }) => {
    expect(isNearDuplicate(a, b)).toBe(dup);
  });
});

describe("containsWord", () => {
  it.each([
    { haystack: "Talks in Budapest, Hungary", needle: "hungary", found: true },
    { haystack: "Hungarian leaders", needle: "Hungary", found: false },
    { haystack: "the U.S. team", needle: "U.S.", found: true },
    { haystack: "Trumpet players", needle: "Trump", found: false },
  ])("'$needle' in '$haystack' → $found", ({ haystack, needle, found }) => {
    expect(containsWord(haystack, needle)).toBe(found);
  });
});

describe("places the stem sits in", () => {
  it("never offers the article's own country for a neighbour ('along the border with _____')", () => {
    const { generateCandidates, rankCandidates } = jest.requireActual("@/lib/quizgen") as typeof import("@/lib/quizgen");
    const text =
      "Ghana opened a new highway on Monday. Officials in Ghana said traffic would double. " +
      "The road runs mostly through the east of the country and along the border with Togo for about 80 kilometres. " +
      "Ghana paid for the road with a loan from Kenya and Nigeria.";
    for (const seed of [1, 2, 3]) {
      // The rules' ranking without the acceptability model, which may leave low-rated items out of a deck.
      const items = rankCandidates(generateCandidates({ title: "", text, publishedAt: "2025-10-17" }, { seed }), 100, null);
      const mcq = items.find((i) => i.kind === "mcq" && i.answer === "Togo");
      expect(mcq).toBeDefined();
      expect(mcq?.options).not.toContain("Ghana");
    }
  });
});

describe("duration option forms", () => {
  const { durationInForm } = jest.requireActual("@/lib/quizgen/distractors") as typeof import("@/lib/quizgen/distractors");
  it("turns a hyphenated adjective into the noun form of a noun answer ('for _____' → 10 years)", () => {
    expect(durationInForm("two-year", "10 years")).toBe("2 years");
    expect(durationInForm("two-year", "six months")).toBe("two years");
    expect(durationInForm("one-day", "three weeks")).toBe("one day");
  });
  it("turns a noun phrase into the adjective form of an adjective answer", () => {
    expect(durationInForm("5 years", "10-year")).toBe("5-year");
  });
  it("keeps same-form options and drops ones with no recognisable unit", () => {
    expect(durationInForm("22 years", "10 years")).toBe("22 years");
    expect(durationInForm("a while", "10 years")).toBeUndefined();
  });
  it("offers no hyphenated adjective among noun-phrase options in a deck", () => {
    const { generateDeck } = jest.requireActual("@/lib/quizgen") as typeof import("@/lib/quizgen");
    const text =
      "The city ended a two-year dispute with its bus drivers on Monday. The new contract will run for 10 years. " +
      "The previous contract had lasted 22 years before it expired, officials at the transport department said.";
    const deck = generateDeck({ title: "", text, publishedAt: "2025-10-17" }, { seed: 1, maxItems: 100 });
    for (const item of deck.items.filter((i) => i.kind === "mcq" && /years$/.test(i.answer))) {
      for (const o of item.options ?? []) expect(o).not.toMatch(/-year$/);
    }
  });
});

describe("comparable gazetteer countries", () => {
  const { comparableCountry } = jest.requireActual("@/lib/quizgen/distractors") as typeof import("@/lib/quizgen/distractors");
  it("pairs a large economy only with other large economies", () => {
    expect(comparableCountry("China", "India")).toBe(true);
    expect(comparableCountry("China", "Bhutan")).toBe(false);
    expect(comparableCountry("China", "Afghanistan")).toBe(false);
  });
  it("keeps other countries within about ten times the answer's area", () => {
    expect(comparableCountry("Togo", "Benin")).toBe(true);
    expect(comparableCountry("Togo", "Algeria")).toBe(false);
  });
  it("offers no tiny neighbours for 'trade with China'", () => {
    const { generateCandidates, rankCandidates } = jest.requireActual("@/lib/quizgen") as typeof import("@/lib/quizgen");
    const text =
      "The harbour of Hamburg handled fewer containers last year as trade with China slowed and shipping costs rose sharply. " +
      "Germany said it would invest in new rail links. The harbour employs about 4,000 people, officials said on Monday.";
    const items = rankCandidates(generateCandidates({ title: "", text, publishedAt: "2025-10-17" }, { seed: 1 }), 100, null);
    const mcq = items.find((i) => i.kind === "mcq" && i.answer === "China");
    expect(mcq).toBeDefined();
    for (const o of ["Bhutan", "Afghanistan", "Nepal", "Laos", "Kyrgyzstan", "Tajikistan"]) expect(mcq?.options).not.toContain(o);
  });
});
