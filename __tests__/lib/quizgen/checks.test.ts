/** @jest-environment node */
import {
  articleAgreement,
  factual,
  notPossessiveBlank,
  softPenalty,
  specificPlace,
  dropDanglingPhrases,
  noLeak,
  notGuessable,
  optionsDistinct,
  passesHard,
  selfContained,
} from "@/lib/quizgen/checks";
import type { Entity } from "@/lib/quizgen";

const place = (name: string, within: string[] = []): Entity => ({ id: "e-1", type: "PLACE", name, aliases: [], within, subtype: "city", mentions: [] });
const person = (name: string, aliases: string[] = []): Entity => ({ id: "e-2", type: "PERSON", name, aliases, mentions: [] });

describe("selfContained", () => {
  it.each([
    { stem: "This decision follows a phone call on _____.", ok: false },
    { stem: "It was signed in _____.", ok: false },
    { stem: "The two leaders met in _____.", ok: false },
    { stem: "During that summit, both leaders praised _____.", ok: false },
    { stem: "Talks between both countries began in _____.", ok: false },
    { stem: "The new core adds 400,000 years to that archive in _____.", ok: false },
    { stem: "The U.S. delegation will be led by _____.", ok: true },
    { stem: "_____ announced that the talks would start on Monday.", ok: true },
  ])("'$stem' → $ok", ({ stem, ok }) => {
    expect(selfContained(stem).passed).toBe(ok);
  });
});

describe("notGuessable", () => {
  it.each([
    { stem: "They agreed to meet in _____, Hungary.", entity: place("Budapest"), ok: false },
    { stem: "They agreed to meet in Budapest, _____.", entity: place("Hungary"), ok: false },
    { stem: "The talks were hosted by Russian President _____.", entity: person("Vladimir Putin"), ok: false },
    { stem: "The meeting between Presidents Trump and _____ ended.", entity: person("Vladimir Putin"), ok: false },
    { stem: "The choice of Budapest reflects _____'s position.", entity: place("Hungary"), related: ["Budapest"], ok: false },
    { stem: "The summit will take place in _____.", entity: place("Budapest"), ok: true },
  ])("'$stem' → $ok", ({ stem, entity, related, ok }) => {
    expect(notGuessable(stem, entity, related ?? []).passed).toBe(ok);
  });
});

describe("hard checks on options and leaks", () => {
  it("fails when the answer's surname is still in the stem", () => {
    expect(noLeak("_____ met Trump's advisers.", person("Donald Trump", ["Trump"]), "Donald Trump").passed).toBe(false);
  });

  it("fails when two options are near-duplicates", () => {
    expect(optionsDistinct(["Donald Trump", "Trump", "Marco Rubio"]).passed).toBe(false);
    expect(optionsDistinct(["Hungary", "Austria", "Slovakia"]).passed).toBe(true);
  });

  it("fails 'the' + an option that carries its own article", () => {
    expect(articleAgreement("an effort by the _____ and Russia", ["the United States", "Canada"]).passed).toBe(false);
    expect(articleAgreement("an effort by _____ and Russia", ["the United States", "Canada"]).passed).toBe(true);
  });

  it("lets soft failures through but not hard ones", () => {
    expect(passesHard([{ name: "length", passed: false, hard: false }])).toBe(true);
    expect(passesHard([{ name: "no-leak", passed: false, hard: true }])).toBe(false);
  });
});

describe("dropDanglingPhrases", () => {
  it("removes a phrase that points at unnamed referents", () => {
    expect(dropDanglingPhrases("Meetings between advisers from both countries are planned.")).toBe("Meetings between advisers are planned.");
  });
});

describe("factual", () => {
  it.each([
    { stem: "A successful deal could lead to lower prices in _____.", ok: false },
    { stem: "The bridge might reopen in _____.", ok: false },
    { stem: "The vote may be delayed until _____.", ok: false },
    { stem: "The merger is expected to close in _____.", ok: false },
    { stem: "The talks would potentially ease tensions with _____.", ok: false },
    { stem: "An end to the strike would allow trains to run to _____ again.", ok: false },
    { stem: "The minister said the sale would bring 330 million euros to _____.", ok: true },
    { stem: "The bridge reopened in _____ after repairs.", ok: true },
    { stem: "The treaty was signed in May 2024 in _____.", ok: true },
    { stem: "Officials could not confirm the crash near _____.", ok: true },
  ])("'$stem' → $ok", ({ stem, ok }) => {
    expect(factual(stem)).toMatchObject({ passed: ok, hard: false });
  });

  it("weighs more than an ordinary soft check", () => {
    expect(softPenalty([factual("Prices could fall in _____.")])).toBeLessThan(softPenalty([{ name: "length", passed: false, hard: false }]));
  });
});

describe("notPossessiveBlank", () => {
  it("flags a blank that only owns something", () => {
    expect(notPossessiveBlank("Despite _____'s hopes of a deal, the talks failed.").passed).toBe(false);
    expect(notPossessiveBlank("_____ hoped for a deal, but the talks failed.").passed).toBe(true);
  });
});

describe("specificPlace", () => {
  it("rejects continents and broad regions, keeps countries and cities", () => {
    expect(specificPlace({ ...place("Eastern Europe"), subtype: "region" })).toMatchObject({ passed: false, hard: true });
    expect(specificPlace({ ...place("Africa"), subtype: "region" }).passed).toBe(false);
    expect(specificPlace(place("Budapest")).passed).toBe(true);
  });
});

describe("ambiguous references", () => {
  const { ambiguousReferenceFactor } = jest.requireActual("@/lib/quizgen/checks") as typeof import("@/lib/quizgen/checks");
  const twoDecisions = [
    "The council approved the new bridge on Monday.",
    "A court rejected the last appeal against the bridge in May.",
    "The mayor welcomed the decision and promised more buses.",
  ];
  it("penalises 'the decision' when the article holds two decisions", () => {
    expect(ambiguousReferenceFactor("_____ welcomed the decision and promised more buses.", twoDecisions, twoDecisions[2])).toBeLessThan(1);
  });
  it("leaves it alone when only one decision is told, or the noun phrase says which", () => {
    const one = ["The council approved the new bridge on Monday.", "The mayor welcomed the decision and promised more buses."];
    expect(ambiguousReferenceFactor("_____ welcomed the decision and promised more buses.", one, one[1])).toBe(1);
    expect(ambiguousReferenceFactor("_____ welcomed the decision to build the bridge.", twoDecisions)).toBe(1);
  });
});

describe("'the same period' needs its antecedent", () => {
  const { selfContained } = jest.requireActual("@/lib/quizgen/checks") as typeof import("@/lib/quizgen/checks");
  it("rejects a stem that compares with a period it never names", () => {
    expect(selfContained("Dover handled about _____ lorries over the same period.").passed).toBe(false);
    expect(selfContained("Dover handled about _____ lorries in 2024.").passed).toBe(true);
  });
});

describe("thin context", () => {
  const { thinContextFactor } = jest.requireActual("@/lib/quizgen/checks") as typeof import("@/lib/quizgen/checks");
  it("penalises a short stem that names nothing", () => {
    expect(thinContextFactor("Now about _____ of parcels arrive by van.")).toBeLessThan(1);
  });
  it("keeps short stems that name someone or something, and longer stems", () => {
    expect(thinContextFactor("Lyon handled about _____ parcels by van.")).toBe(1);
    expect(thinContextFactor("About _____ of parcels arrive by van, according to the postal workers who deliver them.")).toBe(1);
  });
});
