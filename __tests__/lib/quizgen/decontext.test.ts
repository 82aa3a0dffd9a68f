/** @jest-environment node */
import { analyse } from "@/lib/quizgen";
import { standAlone } from "@/lib/quizgen/decontext";
import { buildFacts } from "@/lib/quizgen/facts";
import { referenceContext } from "../../helpers/quizgen";

const context = referenceContext;

const PACT =
  "The Kellogg-Briand Pact was an agreement to outlaw war. Briand proposed it in 1927. " +
  "On August 27, 1928, fifteen nations signed the pact at Paris.";

describe("standAlone", () => {
  it("rewrites a definite description with its one named antecedent", () => {
    const ctx = context("The Kellogg-Briand Pact, 1928", PACT);
    expect(standAlone("On August 27, 1928, fifteen nations signed the pact at _____.", 2, ctx, ["Paris"])).toBe(
      "On August 27, 1928, fifteen nations signed the Kellogg-Briand Pact at _____.",
    );
  });

  it("drops a stem whose description has no named antecedent ('the sale', 'the researchers')", () => {
    const ctx = context("Louisiana", "France sold Louisiana in 1803. When news of the sale reached the United States, the West was elated.");
    expect(standAlone("When news of the sale reached _____, the West was elated.", 1, ctx)).toBeNull();
    expect(standAlone("The researchers stored the vaccines for _____ at 45 degrees.", 1, ctx)).toBeNull();
  });

  it("does not resolve 'the arbitration commission' to the 'Joint High Commission'", () => {
    const ctx = context("Alabama Claims", "A Joint High Commission met in Washington in 1871. The arbitration commission issued its decision in 1872.");
    expect(standAlone("The arbitration commission issued its decision in _____.", 1, ctx)).toBeNull();
    expect(standAlone("The commission issued its decision in _____.", 1, ctx)).toBe("The Joint High Commission issued its decision in _____.");
  });

  it("resolves 'the summit' to the one earlier definite description a place pins down, never to an indefinite one", () => {
    const text =
      "The upcoming summit in Budapest marks a renewed effort. It follows a previous meeting between Trump and Putin in Anchorage. Trump announced talks to prepare for the summit.";
    const ctx = context("", text);
    expect(standAlone("_____ announced talks to prepare for the summit.", 2, ctx)).toBe("_____ announced talks to prepare for the summit in Budapest.");
    expect(standAlone("_____ offered to host the meeting.", 2, ctx)).toBeNull();
  });

  it("keeps descriptions made specific by a complement or a named place", () => {
    const ctx = context("T", "Leaders met on Monday. They discussed the ongoing conflict in Ukraine.");
    expect(standAlone("Leaders met to discuss the ongoing conflict in _____.", 1, ctx)).not.toBeNull();
    expect(standAlone("The territory of Louisiana was sold in _____.", 1, ctx)).toBe("The territory of Louisiana was sold in _____.");
    expect(standAlone("The first powered flight took place in _____.", 1, ctx)).toBe("The first powered flight took place in _____.");
  });

  it("does not name an antecedent that contains the answer", () => {
    const ctx = context("The Kellogg-Briand Pact, 1928", PACT);
    expect(standAlone("Fifteen nations signed the pact, which _____ had proposed.", 2, ctx, ["Kellogg"])).toBeNull();
  });

  it("resolves 'the country' to the one country the passage just named", () => {
    const text = "Ghana opened a new highway on Monday. The highway runs through the country to Togo.";
    const ctx = context("", text);
    expect(standAlone("The highway runs through the country to _____.", 1, ctx)).toBe("The highway runs through Ghana to _____.");
  });

  it.each([
    ["a personal pronoun with no person named before it", "He sent James Monroe to _____ in 1803."],
    ["'they' with nobody named before it", "Failing that, they were to seek an alliance with _____."],
    ["a bare quotation without its speaker", '"I had a good start and a good finish today."'],
    ["a ranking with no event ('was the runner-up')", "_____ of China was the runner-up, 25 seconds back."],
    ["'will then' pointing at an earlier step", "Engineers will then spend _____ cross-calibrating data."],
    ["an opening 'Further …' that leans on the previous sentence", "Further threats came from _____ and Italy."],
    ["'Some …' as a bare subject", "Some focused on disarmament in _____."],
  ])("drops a stem with %s", (_label, stem) => {
    expect(standAlone(stem, 0, context("T", "Text."))).toBeNull();
  });

  it("drops ', however,' and keeps the comma that closes an opening clause", () => {
    const ctx = context("T", "Text.");
    // ("Given the public support, …" points back at support described before: see pointsBack.)
    expect(standAlone("Given strong public support, however, _____ decided to ignore the Constitution.", 0, ctx)).toBe("Given strong public support, _____ decided to ignore the Constitution.");
    expect(standAlone("President _____, however, was in a quandary over the Constitution.", 0, ctx)).toBe("President _____ was in a quandary over the Constitution.");
  });

  it("leaves the words of a quotation alone", () => {
    const stem = '"This satellite will help us," said _____, director of the division.';
    expect(standAlone(stem, 0, context("T", "Text."))).toBe(stem);
  });
});

describe("facts without discourse markers", () => {
  it("drops an opening 'However,' or 'In other vaccine news,' but keeps the claim and its offsets", () => {
    const text = "Vaccines need cold storage. In other vaccine news, scientists in Britain found a way to store vaccines warm.";
    const a = analyse({ title: "", text });
    const facts = buildFacts(a.sentences, a.sentences.map((s) => a.facts.filter((f) => f.sentence.index === s.index).flatMap((f) => f.mentions)));
    const fact = facts.find((f) => /Britain/.test(f.fact.statement));
    expect(fact?.fact.statement).toBe("Scientists in Britain found a way to store vaccines warm.");
    expect(text.slice(fact!.fact.start, fact!.fact.end)).toBe("scientists in Britain found a way to store vaccines warm.");
  });
});
