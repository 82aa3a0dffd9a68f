/** @jest-environment node */
import { analyse, generateDeck } from "@/lib/quizgen";
import { notConjoined, notGuessable, selfContained, softPenalty, titleTopicFactor } from "@/lib/quizgen/checks";
import { standAlone } from "@/lib/quizgen/decontext";
import { buildPool, findDistractors } from "@/lib/quizgen/distractors";
import { createRng } from "@/lib/quizgen/random";
import type { Entity, Mention } from "@/lib/quizgen";
import { afterThe, withHyphenatedTail } from "@/lib/quizgen/entities";
import { ambiguousQuestions, fragileStemFactor, settingAnswerFactor, settingPlaces } from "@/lib/quizgen/fragile";
import { wellFormedQuestion } from "@/lib/quizgen/generators/short-answer";
import { clozeItem } from "../../helpers/quizgen";

const cloze = clozeItem;

describe("stem shapes a strict reader rejects", () => {
  it.each([
    ["a weekday as the answer", cloze("The museum opened its doors on _____.", "Thursday")],
    ["the other end of a score", cloze("Valdez scored late, putting Otago 2 – _____ up.", "1")],
    ["the other end of a range", cloze("Pupils aged 6–_____ took the test.", "9 years")],
    ["a name's number after a dash", cloze("The Group of Eight (G–_____) met in spring.", "8")],
    ["the second of two years", cloze("Mara studied at Keele in 2011 and _____.", "2012")],
    ["the end of a period", cloze("The firm owed rent for the period from 2001 to _____.", "2005")],
    ["a time later than something untold", cloze("Six weeks later, in _____, the bridge reopened.", "May 1999")],
    ["a blanked relative time", cloze("_____ later, in May 1999, the bridge reopened.", "Six weeks")],
    ["a possessed event that points back", { kind: "true_false", prompt: "Okafor's refusal left the council without a budget.", answer: "True" }],
    ["a blanked owner of such an event", cloze("_____'s statement angered the union.", "Okafor")],
  ])("drops %s", (_label, item) => {
    expect(fragileStemFactor(item)).toBe(0);
  });

  it("keeps dates, ranges and possessed nouns that stand on their own", () => {
    expect(fragileStemFactor(cloze("The museum opened its doors on _____.", "March 3, 2004"))).toBe(1);
    expect(fragileStemFactor(cloze("Between 1921 and _____, the canal carried coal.", "1930"))).toBe(1);
    expect(fragileStemFactor(cloze("Okafor's refusal to sign the budget angered _____.", "the union"))).toBe(1);
    expect(fragileStemFactor({ kind: "true_false", prompt: "The museum opened its doors on Thursday.", answer: "True" })).toBe(1);
  });
});

describe("the article's setting as an answer", () => {
  const text = Array.from({ length: 10 }, (_, i) => `In ${1950 + i}, Portugal built ${i + 2} new dams on its rivers.`).join(" ");
  const a = analyse({ title: "Dams", text });
  const setting = settingPlaces(a.entities, a.sentences.length);

  it("is the place named in a fifth of the sentences or more", () => {
    expect(setting.has("portugal")).toBe(true);
  });

  it("sinks typed and multiple-choice items that ask for it, and nothing else", () => {
    expect(settingAnswerFactor({ kind: "cloze", answer: "Portugal" }, setting)).toBeLessThan(1);
    expect(settingAnswerFactor({ kind: "mcq", answer: "1953" }, setting)).toBe(1);
    expect(settingAnswerFactor({ kind: "true_false", answer: "True" }, setting)).toBe(1);
  });

  it("needs eight mentions: a short piece has no setting yet", () => {
    const short = analyse({ title: "", text: "Portugal built a dam. Portugal opened it in 1950." });
    expect(settingPlaces(short.entities, short.sentences.length).size).toBe(0);
  });
});

describe("short-answer questions a transform garbles", () => {
  it.each([
    ["a relative clause cut off", "What is a kind of tea which is brewed with leaves that?"],
    ["a subordinator after the verb of saying", "Who said although rain and frost are known to harm vines?"],
    ["a plural verb after 'which organization'", "Which organization say malaria is preventable?"],
    ["'who' for a thing the stem calls 'it'", "Who was lost when it sank off the cape in 1912?"],
    ["'who' with nothing named", "Who scored from the penalty spot?"],
    ["a verb that lost its object", "Which country launched?"],
  ])("rejects %s", (_label, q) => {
    expect(wellFormedQuestion(q, "X")).toBe(false);
  });

  it("keeps short questions that name something", () => {
    expect(wellFormedQuestion("Who defended Okafor's budget?", "Mensah")).toBe(true);
    expect(wellFormedQuestion("Which organization says malaria is preventable?", "WHO")).toBe(true);
  });
});

describe("names and named things", () => {
  it("a name cut at a hyphen keeps its whole last part", () => {
    const text = "Coach Lee Min-jun praised them.";
    const at = text.indexOf("Lee Min");
    expect(withHyphenatedTail({ start: at, end: at + 7, text: "Lee Min" }, text, 0)).toMatchObject({ text: "Lee Min-jun", end: at + 11 });
  });

  it("a vehicle named after its class is not a person, and goes by its own name for short", () => {
    const a = analyse({ title: "", text: "Space Shuttle Atlantis flew 33 missions. Atlantis now stands in a museum in Florida." });
    const shuttle = a.entities.find((e) => e.name === "Space Shuttle Atlantis");
    expect(shuttle?.type).not.toBe("PERSON");
    expect(a.entities.some((e) => e.type === "PERSON" && /Atlantis/.test(e.name))).toBe(false);
  });

  it("a party or an award is not a person", () => {
    const a = analyse({ title: "", text: "Mira Sokol of the Green Democrats won the seat. Tomas Vidal won the Golden Man of the Match award." });
    expect(a.entities.filter((e) => e.type === "PERSON").map((e) => e.name)).not.toEqual(expect.arrayContaining(["Green Democrats"]));
    expect(a.entities.filter((e) => e.type === "PERSON").map((e) => e.name)).not.toEqual(expect.arrayContaining(["Golden Man"]));
  });
});

describe("a definite subject ended by an irregular past verb", () => {
  it("drops 'The parades began …' when the previous sentence introduced parades and nothing names them", () => {
    const text = "The city held two parades in spring. The parades began on May 2 and drew crowds.";
    const a = analyse({ title: "", text });
    expect(standAlone("The parades began on _____ and drew crowds.", 1, { title: "", sentences: a.sentences, entities: a.entities })).toBeNull();
  });
});

describe("date options", () => {
  it("do not show a year the article never wrote beside a key that has one", () => {
    const text =
      "Mayor Ana Ruiz opened the Kessel Bridge on April 3, 1961. Engineer Paul Dorn repaired the Kessel Bridge on March 9, 1970. On June 2, Ana Ruiz visited Lisbon. On June 9, Paul Dorn visited Porto.";
    const a = analyse({ title: "Bridge", text, publishedAt: "2019-06-20" });
    const answer = a.entities.find((e) => e.name === "April 3, 1961") as Entity;
    const mention = answer.mentions[0] as Mention;
    const pool = buildPool(a.entities, [], "2019-06-20");
    const options = findDistractors(pool, { answer, mention, display: mention.text, stem: "Mayor Ana Ruiz opened the Kessel Bridge on _____.", article: false, count: 3, rng: createRng(1) }).map((d) => d.text);
    expect(options).toContain("March 9, 1970");
    expect(options.some((o) => /2019/.test(o))).toBe(false);
  });
});

describe("groups and pronouns", () => {
  it("people named after a place are a group, and 'the West' is not short for them", () => {
    const a = analyse({ title: "", text: "The East Londoners voted for the plan. The vote convinced the East to build the road." });
    expect(a.entities.filter((e) => e.type === "PERSON").map((e) => e.name)).toEqual([]);
  });

  it("a month is no antecedent for 'he', nor a first word the article never names", () => {
    const a = analyse({ title: "", text: "Tomas Vidal was freed in 1990. In March, 1990, he and a student were traded." });
    const ctx = { title: "", sentences: a.sentences, entities: a.entities };
    expect(standAlone("In March, _____, he and a student were traded.", 1, ctx)).toBeNull();
    expect(standAlone("Worry that they had lost led the board to act.", 1, ctx)).toBeNull();
    expect(standAlone("Vidal said he and a student were traded in _____.", 1, ctx)).not.toBeNull();
  });
});

describe("guessable pairs", () => {
  it("a president's partner in 'Presidents A. B. Cole and _____' is world knowledge", () => {
    const person = { id: "e-1", type: "PERSON", name: "Ann Hale", aliases: [], mentions: [] } as Entity;
    expect(notGuessable("Presidents Ada B. Cole and _____ raised taxes.", person).passed).toBe(false);
  });

  it("a blank beside a named partner weighs more than a plain blemish", () => {
    expect(softPenalty([notConjoined("Ruritania and _____ signed the deal.")])).toBeLessThan(0.7);
  });
});

describe("one question, several answers", () => {
  it("a question the deck asks with two different answers is ambiguous", () => {
    const items = [
      { kind: "short_answer", prompt: "Who won the Best Player award?", answer: "Ana Ruiz" },
      { kind: "short_answer", prompt: "Who won the Best Player award?", answer: "Paul Dorn" },
      { kind: "short_answer", prompt: "Who opened the Kessel Bridge?", answer: "Ana Ruiz" },
      { kind: "cloze", prompt: "Who opened the Kessel Bridge?", answer: "x" },
    ];
    expect([...ambiguousQuestions(items)]).toEqual(["Who won the Best Player award?"]);
  });
});

describe("the headline's person as a multiple-choice key", () => {
  it("is guessable from the surname in the title", () => {
    expect(titleTopicFactor({ kind: "mcq", answer: "Maria T. Okafor" }, "Okafor and the Fall of the Lira, 1992")).toBe(0);
    expect(titleTopicFactor({ kind: "mcq", answer: "Paul Dorn" }, "Okafor and the Fall of the Lira, 1992")).toBe(1);
    expect(titleTopicFactor({ kind: "mcq", answer: "Soviet Union" }, "The Union of Miners, 1950")).toBe(1);
  });
});

describe("a name after 'the'", () => {
  it("is a thing when 'the' comes before it most of the time", () => {
    const a = analyse({ title: "", text: "The advent of the Great Depression doomed the plan. Banks failed in the Great Depression." });
    expect(a.entities.find((e) => e.name === "Great Depression")?.type).toBe("PHRASE");
  });

  it("is a team when a place name comes before it most of the time ('Derby Blue Sox')", () => {
    const text = "Tom Hale joined the Derby Blue Sox. Hale left York Blue Sox. Blue Sox fans cheered.";
    const sentences = analyse({ title: "", text }).sentences;
    const first = text.indexOf("Blue Sox");
    const second = text.indexOf("Blue Sox", first + 1);
    const third = text.indexOf("Blue Sox", second + 1);
    const mention = (start: number, sentence: number) => ({ text: "Blue Sox", start, end: start + 8, sentence });
    expect(afterThe({ mentions: [mention(first, 0), mention(second, 1), mention(third, 2)] }, sentences)).toBe(true);
    expect(afterThe({ mentions: [mention(third, 2)] }, sentences)).toBe(false);
  });

  it("stays a person when 'the' is a one-off modifier ('the Ruiz plan')", () => {
    const a = analyse({ title: "", text: "Mayor Ana Ruiz opened the bridge. Ana Ruiz spoke. Critics attacked the Ruiz plan." });
    expect(a.entities.find((e) => e.name === "Ana Ruiz")?.type).toBe("PERSON");
  });
});

describe("true/false in a piece about one person", () => {
  it("never puts a minor name in the subject's place", () => {
    const text =
      "Mara Velden was born in Leeds. Mara Velden studied law at Durham University in 1990. Velden joined Hale & Co in 1995. " +
      "Velden retired in 2019. Velden now writes books. Judge Ana Ruiz praised Hale & Co in 2003. Banker Paul Dorn left Hale & Co in 2010.";
    const deck = generateDeck({ title: "Mara Velden", text }, { seed: 1, maxItems: 100 });
    const falses = deck.items.filter((i) => i.kind === "true_false" && i.truth === false);
    expect(falses.length).toBeGreaterThan(0);
    expect(falses.filter((i) => /^(?:Ana Ruiz|Paul Dorn) (?:joined|retired|studied)/.test(i.prompt))).toEqual([]);
  });
});

describe("references back to earlier sentences", () => {
  it("'the other two' points at people named before", () => {
    expect(selfContained("The other two winners were Ana Ruiz and _____ of the Green Party.").passed).toBe(false);
  });

  it("'the constituency' with no named constituency before it is dropped", () => {
    const text = "Voters in three districts chose a new council. Ana Ruiz came second in the constituency with 4,120 votes.";
    const a = analyse({ title: "", text });
    expect(standAlone("Ana Ruiz came second in the constituency with 4,120 votes.", 1, { title: "", sentences: a.sentences, entities: a.entities })).toBeNull();
  });
});
