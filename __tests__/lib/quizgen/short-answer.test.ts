/** @jest-environment node */
import { analyse } from "@/lib/quizgen";
import { shortAnswerItems } from "@/lib/quizgen/generators/short-answer";
import { relatedPlaces } from "@/lib/quizgen/generators/shared";

function questions(text: string, publishedAt = "2025-10-17") {
  const a = analyse({ title: "", text, publishedAt });
  return a.facts.flatMap((f) => shortAnswerItems(f, a.tokens[f.sentence.index] ?? []));
}

describe("short-answer items", () => {
  it.each([
    {
      rule: "sa-who-subject",
      text: "Hungarian Prime Minister Viktor Orbán expressed readiness to host the Budapest meeting, stating that he was ready.",
      prompt: "Who expressed readiness to host the Budapest meeting?",
      answer: "Viktor Orbán",
    },
    {
      rule: "sa-who-passive",
      text: "The U.S. delegation will be led by Secretary of State Marco Rubio.",
      prompt: "Who will lead the U.S. delegation?",
      answer: "Marco Rubio",
    },
    {
      rule: "sa-where-clause",
      text: "U.S. President Donald Trump and Russian President Vladimir Putin have agreed to meet in Budapest, Hungary.",
      prompt: "Where have U.S. President Donald Trump and Russian President Vladimir Putin agreed to meet?",
      answer: "Budapest",
    },
    {
      rule: "sa-when-clause",
      text: "Eliud Kipchoge of Kenya won the Berlin Marathon on Sunday.",
      prompt: "When did Eliud Kipchoge of Kenya win the Berlin Marathon?",
      answer: "Sunday",
    },
    {
      rule: "sa-when-event",
      text: "The war began with Russia's annexation of Crimea in 2014.",
      prompt: "When did Russia's annexation of Crimea take place?",
      answer: "2014",
    },
    {
      rule: "sa-what-definition",
      text: "Photosynthesis is the process by which green plants make food from sunlight.",
      prompt: "What is the process by which green plants make food from sunlight?",
      answer: "Photosynthesis",
    },
    {
      rule: "sa-how-many-subject",
      text: "About 47,000 runners took part in the race.",
      prompt: "How many runners took part in the race?",
      answer: "47,000",
    },
    {
      rule: "sa-how-long",
      text: "The coach praised a 16-week training block in Iten.",
      prompt: "How many weeks did the training block in Iten last?",
      answer: "16",
    },
  ])("$rule: $prompt", ({ rule, text, prompt, answer }) => {
    const item = questions(text).find((q) => q.rule === rule);
    expect(item).toMatchObject({ kind: "short_answer", prompt, answer });
    expect(item?.source.sentence).toContain(answer);
  });

  it("accepts the surname and the titled name as alternatives for a person", () => {
    const [item] = questions("The U.S. delegation will be led by Secretary of State Marco Rubio.");
    expect(item?.alternatives).toEqual(expect.arrayContaining(["Rubio", "Secretary of State Marco Rubio"]));
  });

  it("accepts the duration with its unit as an alternative", () => {
    const item = questions("The coach praised a 16-week training block in Iten.").find((q) => q.rule === "sa-how-long");
    expect(item?.alternatives).toContain("16 weeks");
  });

  it("does not ask how long an unnamed thing lasted: 'the lull' points back at 'a lull'", () => {
    const items = questions("The shop reopened after a 3-month pause at the depot.");
    expect(items.filter((q) => q.rule === "sa-how-long")).toEqual([]);
  });

  it("does not ask where when the place belongs to the object, not the verb", () => {
    const items = questions("An end to the conflict would also ease the humanitarian crisis in Ukraine.");
    expect(items.filter((q) => q.answer === "Ukraine")).toEqual([]);
  });

  it("does not ask about a subject that is a pronoun or a demonstrative phrase", () => {
    const items = questions("This decision was taken in Geneva on May 4. It was approved by Anna Berg.");
    expect(items.map((q) => q.answer)).toEqual([]);
  });

  it.each([
    { text: "Ukraine lost control of Crimea in 2014 after a disputed vote.", answer: "Ukraine" },
    { text: "Spain rejected the independence vote held in Catalonia in 2017.", answer: "Spain" },
  ])("does not ask about a place when the question names a region inside it: $answer", ({ text, answer }) => {
    const a = analyse({ title: "", text, publishedAt: "2025-10-17" });
    const ask = (related?: ReadonlyMap<string, string[]>) =>
      a.facts.flatMap((f) => shortAnswerItems(f, a.tokens[f.sentence.index] ?? [], related)).filter((i) => i.answer === answer);
    expect(ask().length).toBeGreaterThan(0);
    expect(ask(relatedPlaces(a.entities))).toEqual([]);
  });
});
