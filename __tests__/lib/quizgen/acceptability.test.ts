/** @jest-environment node */
import { readFileSync } from "node:fs";
import path from "node:path";

import { analyse, generateCandidates, generateDeck, rankCandidates, type Item } from "@/lib/quizgen";
import { acceptability, DEFAULT_MODEL, KEEP_AT_LEAST, recordedAcceptability, weighByAcceptability, type AcceptabilityModel } from "@/lib/quizgen/acceptability";
import { FEATURE_NAMES, featureContext, itemFeatures, MODELLED, type FeatureItem, type FeatureName } from "@/lib/quizgen/features";
import { rankItems } from "@/lib/quizgen/rank";

const text =
  "NASA launched the Sentinel-6 satellite from Vandenberg Air Force Base in California on Saturday. " +
  "The satellite will measure sea level for at least five years, said Karen St. Germain of NASA. " +
  "These figures surprised the agency.";
const analysis = analyse({ title: "NASA launches ocean satellite", text, publishedAt: "2020-11-21" });
const ctx = featureContext("NASA launches ocean satellite", analysis.entities);

function features(item: Partial<FeatureItem> & Pick<FeatureItem, "kind" | "prompt" | "answer">): Record<FeatureName, number> {
  const values = itemFeatures({ source: { sentence: item.prompt }, ...item }, ctx);
  return Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, values[i]])) as Record<FeatureName, number>;
}

const weightsWith = (set: Partial<Record<FeatureName, number>>): number[] => FEATURE_NAMES.map((n) => set[n] ?? 0);

describe("item features", () => {
  it("gives one value in 0–1 per feature name", () => {
    const values = itemFeatures({ kind: "cloze", prompt: "NASA launched the satellite from _____ on Saturday.", answer: "California", source: { sentence: text } }, ctx);
    expect(values).toHaveLength(FEATURE_NAMES.length);
    for (const v of values) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    { label: "an opening pronoun", prompt: "He said the satellite would launch on _____.", feature: "opens_pronoun" as const },
    { label: "an opening connective", prompt: "However, the satellite launched on _____.", feature: "opens_connective" as const },
    { label: "a demonstrative", prompt: "These figures surprised _____.", feature: "demonstrative" as const },
    { label: "a definite subject that is no name", prompt: "The satellite will measure sea level for _____.", feature: "opens_definite" as const },
    { label: "a quotation", prompt: '"We are ready," said _____.', feature: "quote_in_stem" as const },
    { label: "a first-person narrator", prompt: "We visited _____ in March.", feature: "first_person" as const },
  ])("marks $label", ({ prompt, feature }) => {
    expect(features({ kind: "cloze", prompt, answer: "x" })[feature]).toBe(1);
    expect(features({ kind: "cloze", prompt: "NASA launched Sentinel-6 from _____ on Saturday.", answer: "x" })[feature]).toBe(0);
  });

  it("types the answer by the article's entities, and by its form when the article has no entity for it", () => {
    expect(features({ kind: "cloze", prompt: "_____ launched the satellite.", answer: "NASA" }).answer_org).toBe(1);
    expect(features({ kind: "cloze", prompt: "The satellite will measure sea level for _____.", answer: "at least five years" }).answer_quantity + features({ kind: "cloze", prompt: "x _____", answer: "at least five years" }).answer_lowercase).toBe(1);
    expect(features({ kind: "cloze", prompt: "It launched in _____.", answer: "1969" }).answer_date).toBe(1);
    expect(features({ kind: "cloze", prompt: "It was built by _____.", answer: "Airbus" }).answer_unknown_name).toBe(1);
  });

  it("flags a key whose written form differs from every distractor's", () => {
    const odd = features({ kind: "mcq", prompt: "The satellite launched on _____.", answer: "Saturday", options: ["Saturday", "2019", "2020", "2021"] });
    const even = features({ kind: "mcq", prompt: "The satellite launched in _____.", answer: "2020", options: ["2018", "2019", "2020", "2021"] });
    expect(odd.options_format_odd).toBe(1);
    expect(even.options_format_odd).toBe(0);
    expect(even.options_few).toBe(0);
  });

  it("flags a key set apart by its article or by its head noun", () => {
    const the = features({ kind: "mcq", prompt: "The ship sailed to _____.", answer: "the United States", options: ["Mexico", "Canada", "Egypt", "the United States"] });
    expect(the.options_article_odd).toBe(1);
    const head = features({ kind: "mcq", prompt: "_____ measures the height of water.", answer: "Surface Water and Ocean Topography", options: ["UK Space Agency", "Canadian Space Agency", "Jet Propulsion Laboratory", "Surface Water and Ocean Topography"] });
    expect(head.options_head_odd).toBe(1);
    const alike = features({ kind: "mcq", prompt: "_____ built the instrument.", answer: "Canadian Space Agency", options: ["UK Space Agency", "Canadian Space Agency", "European Space Agency", "Italian Space Agency"] });
    expect(alike.options_head_odd + alike.options_article_odd).toBe(0);
  });

  it("tells what a false statement swapped in: a figure or a name", () => {
    const sentence = "NASA launched the satellite from California on 21 November 2020.";
    const number = features({ kind: "true_false", prompt: "NASA launched the satellite from California on 24 November 2020.", answer: "False", truth: false, source: { sentence } });
    const name = features({ kind: "true_false", prompt: "NASA launched the satellite from Florida on 21 November 2020.", answer: "False", truth: false, source: { sentence } });
    expect([number.tf_swap_number, number.tf_swap_name]).toEqual([1, 0]);
    expect([name.tf_swap_number, name.tf_swap_name]).toEqual([0, 1]);
    expect(features({ kind: "true_false", prompt: sentence, answer: "True", truth: true, source: { sentence } }).added_words).toBe(0);
  });

  it("sees an answer that repeats in the headline", () => {
    expect(features({ kind: "cloze", prompt: "_____ launched the satellite.", answer: "NASA" }).answer_in_title).toBe(1);
    expect(features({ kind: "cloze", prompt: "It launched from _____.", answer: "California" }).answer_in_title).toBe(0);
  });

  it("gives matching and ordering no features (their stems are instructions; the model leaves them alone)", () => {
    const f = features({ kind: "matching", prompt: "Match each person to their role in the article.", answer: "a → b" });
    expect(FEATURE_NAMES.filter((n) => f[n] !== 0)).toEqual(["bias"]);
  });
});

describe("the acceptability model", () => {
  it("is a logistic function of the weighted features", () => {
    expect(acceptability([1, 0, 0], { weights: [0, 0, 0], threshold: 0 })).toBe(0.5);
    expect(acceptability([1, 1], { weights: [0, Math.log(3)], threshold: 0 })).toBeCloseTo(0.75, 10);
  });

  it("has one weight per feature", () => {
    expect(DEFAULT_MODEL.weights).toHaveLength(FEATURE_NAMES.length);
  });

  it("rates a stem leaning on the sentence before below the same claim named in full", () => {
    const leaning = { kind: "cloze" as const, prompt: "These figures were released by the agency on _____.", answer: "Saturday", source: { sentence: "These figures were released by the agency on Saturday." } };
    const named = { kind: "cloze" as const, prompt: "NASA released the Sentinel-6 sea level figures on _____, 21 November 2020.", answer: "Saturday", source: { sentence: "NASA released the Sentinel-6 sea level figures on Saturday, 21 November 2020." } };
    expect(acceptability(itemFeatures(leaning, ctx), DEFAULT_MODEL)).toBeLessThan(acceptability(itemFeatures(named, ctx), DEFAULT_MODEL));
  });

  it("multiplies each score by the probability and records it as a soft check", () => {
    const item: Item = { id: "", kind: "cloze", prompt: "NASA launched Sentinel-6 on _____.", answer: "Saturday", fact: "f-1", source: { sentence: text, start: 0, end: 10 }, rule: "cloze-date", score: 0.8, checks: [] };
    const [weighed] = weighByAcceptability([item], ctx, { weights: weightsWith({ bias: Math.log(3) }), threshold: 0.5 });
    expect(weighed!.score).toBe(0.6);
    expect(weighed!.checks).toEqual([{ name: "acceptability", passed: true, hard: false, detail: "0.750" }]);
    expect(recordedAcceptability(weighed!)).toBe(0.75);
    expect(item.score).toBe(0.8);
  });

  it("leaves matching and ordering items as the rules scored them", () => {
    const matching: Item = { id: "", kind: "matching", prompt: "Match each person to their role in the article.", answer: "a → b", pairs: [{ left: "a", right: "b" }], fact: "f-1", source: { sentence: text, start: 0, end: 10 }, rule: "match-person-role", score: 0.7, checks: [] };
    const [weighed] = weighByAcceptability([matching], ctx, { weights: weightsWith({ bias: -5 }), threshold: 0.5 });
    expect(weighed).toBe(matching);
    expect(recordedAcceptability(weighed!)).toBe(1);
  });
});

describe("ranking with the model", () => {
  const seedFile = path.resolve(__dirname, "..", "..", "..", "fixtures", "articles", "budapest-summit.txt");
  const raw = readFileSync(seedFile, "utf8");
  const article = { title: raw.slice(0, raw.indexOf("\n")), text: raw.slice(raw.indexOf("\n") + 1), publishedAt: "2025-10-17" };
  const candidates = generateCandidates(article, { seed: 1 });

  it("without a model is the rules' ranking", () => {
    expect(rankCandidates(candidates, 60, null)).toEqual(rankItems(candidates.items, 60));
  });

  it("puts the items the model prefers first", () => {
    // A model that only likes true/false: the first items are true/false, the rules' ranking starts otherwise.
    const model: AcceptabilityModel = { weights: weightsWith({ bias: -3, kind_tf: 6 }), threshold: 0 };
    // Matching and ordering keep the rules' score, so only the kinds the model rates are compared.
    const rated = (deck: Item[]) => deck.filter((i) => MODELLED.has(i.kind));
    const ranked = rated(rankCandidates(candidates, 60, model));
    expect(ranked[0]!.kind).toBe("true_false");
    expect(ranked.slice(0, 5).filter((i) => i.kind === "true_false").length).toBeGreaterThan(rated(rankCandidates(candidates, 60, null)).slice(0, 5).filter((i) => i.kind === "true_false").length);
  });

  it("drops unlikely items but keeps at least fifteen, every kind, and two per sentence in the first twenty", () => {
    const essay = path.resolve(__dirname, "..", "..", "..", "fixtures", "articles", "dev", "oh-dawes-young-plans.txt");
    const body = readFileSync(essay, "utf8");
    const long = generateCandidates({ title: body.slice(0, body.indexOf("\n")), text: body.slice(body.indexOf("\n") + 1) }, { seed: 1 });
    // Rates every stem with a figure in it at 5%: many items of every kind fall below the threshold.
    const model: AcceptabilityModel = { weights: weightsWith({ bias: 3, has_digit: -6 }), threshold: 0.5 };
    const all = rankCandidates(long, 60, { ...model, threshold: 0 });
    const ranked = rankCandidates(long, 60, model);
    expect(all.length).toBeGreaterThan(KEEP_AT_LEAST);
    expect(ranked.length).toBeGreaterThanOrEqual(KEEP_AT_LEAST);
    expect(ranked.length).toBeLessThan(all.length);
    const unlikely = (deck: Item[]) => deck.filter((i) => recordedAcceptability(i) < 0.5).length;
    expect(all.length - ranked.length).toBe(unlikely(all) - unlikely(ranked));
    expect(new Set(ranked.map((i) => i.kind))).toEqual(new Set(all.map((i) => i.kind)));
    const perSentence = new Map<number, number>();
    for (const item of ranked.slice(0, 20)) if (item.kind !== "matching" && item.kind !== "ordering") perSentence.set(item.source.start, (perSentence.get(item.source.start) ?? 0) + 1);
    expect(Math.max(...perSentence.values())).toBeLessThanOrEqual(2);
  });

  it("drops nothing from an article with fewer than fifteen items", () => {
    const short = generateCandidates({ title: "", text: "Ghana opened a new highway on Monday. The road runs along the border with Togo for about 80 kilometres." }, { seed: 1 });
    const model: AcceptabilityModel = { weights: weightsWith({ bias: -5 }), threshold: 0.5 };
    expect(rankCandidates(short, 60, model).length).toBe(rankCandidates(short, 60, null).length);
  });

  it("keeps generation deterministic", () => {
    expect(JSON.stringify(generateDeck(article, { seed: 4 }))).toBe(JSON.stringify(generateDeck(article, { seed: 4 })));
  });
});
