/** @jest-environment node */
import { analyse, generateDeck } from "@/lib/quizgen";
import { alternativesFor } from "@/lib/quizgen/generators/shared";
import type { Entity } from "@/lib/quizgen/types";
import { leansBack, pointsBack } from "@/lib/quizgen/decontext";
import { fragileStemFactor, guessableShapeFactor } from "@/lib/quizgen/fragile";
import { clozeItem, referenceContext } from "../../helpers/quizgen";

// Eighth pass (after heldout-7's verdicts): accepted forms of organisations' names, stems that lean back.

const entityNamed = (text: string, name: string) => analyse({ title: "", text }).entities.find((e) => e.name === name || e.aliases.includes(name));

describe("an organisation's other names", () => {
  it("makes an organisation and its short form without the corporate suffix one entity", () => {
    const text = "AMD filed a complaint against Intel Corporation on Monday. Intel paid Sony millions for exclusivity. Dell also bought chips.";
    const intel = entityNamed(text, "Intel");
    expect(intel?.name).toBe("Intel Corporation");
    expect(intel?.aliases).toContain("Intel");
  });

  it.each([
    { name: "Intel Corporation", short: "Intel" },
    { name: "Handgun Control, Inc.", short: "Handgun Control" },
    { name: "Lycos Group", short: "Lycos" },
    { name: "Acme Co.", short: "Acme" },
  ])("accepts $short for an answer written $name", ({ name, short }) => {
    const entity: Entity = { id: "e-1", type: "ORG", name, aliases: [], mentions: [] };
    expect(alternativesFor(entity, name)).toContain(short);
  });

  it("accepts both forms in a generated deck", () => {
    const text =
      "AMD filed a complaint against Intel Corporation in a federal court on Monday. Intel paid Sony millions for exclusivity in 2003. " +
      "AMD said the payments cost it sales in Japan. Dell bought chips from Intel Corporation for years.";
    const deck = generateDeck({ title: "Chip maker sued", text }, { seed: 1, maxItems: 100 });
    const typed = deck.items.filter((i) => (i.kind === "cloze" || i.kind === "short_answer") && /^Intel/.test(i.answer));
    expect(typed.length).toBeGreaterThan(0);
    for (const item of typed) expect([item.answer, ...(item.alternatives ?? [])]).toEqual(expect.arrayContaining(["Intel", "Intel Corporation"]));
  });

  it("links an acronym to an expansion that holds a word in capitals and a lowercase 'with'", () => {
    const text =
      "The American Foundation for Children with AIDS (AFCA) is sponsoring a climb in May. AFCA invites anyone to climb for the children. " +
      "Teams from Kenya and Uganda joined the climb in 2009.";
    const afca = entityNamed(text, "AFCA");
    expect(afca?.name).toBe("American Foundation for Children with AIDS");
  });

  it("takes the whole bracketed definition even where the acronym skips a word", () => {
    const text =
      "The station carries the Cycle Ergometer with Vibration Isolation and Stabilization System (CEVIS) cycling machine. " +
      "CEVIS, installed in 2001 and upgraded in 2023, uses friction and resistance.";
    expect(entityNamed(text, "CEVIS")?.name).toBe("Cycle Ergometer with Vibration Isolation and Stabilization System");
  });

  it("accepts the acronym's expansion as an answer for the acronym", () => {
    const text =
      "The American Foundation for Children with AIDS (AFCA) is sponsoring a climb in May. AFCA invites anyone and everyone to climb. " +
      "AFCA raised $25,000 for medication in Kenya in 2008. Teams raise money for clinics in Uganda.";
    const deck = generateDeck({ title: "Climb Up for AIDS funding", text }, { seed: 1, maxItems: 100 });
    const typed = deck.items.filter((i) => (i.kind === "cloze" || i.kind === "short_answer") && i.answer === "AFCA");
    expect(typed.length).toBeGreaterThan(0);
    for (const item of typed) expect(item.alternatives).toContain("American Foundation for Children with AIDS");
  });
});

describe("stems that lean back (heldout-7's 'not self-contained')", () => {
  it.each([
    "Previous estimates range from a few pounds to over 2,000 pounds per second.",
    "Earlier reports put the toll at 40.",
    "Further threats to the agreement came from Germany.",
  ])("drops a plural subject set against ones told before: %s", (stem) => {
    expect(pointsBack(stem)).toBe(true);
  });

  it("keeps a relative plural with its own complement", () => {
    expect(pointsBack("Previous estimates of the oxygen output range from a few pounds to 2,000 pounds.")).toBe(false);
  });

  it("finds 'The 1882 Act' after the article named the act", () => {
    const text =
      "The Chinese Exclusion Act was signed by President Arthur in 1882. It barred Chinese laborers for ten years. " +
      "The 1882 Act was the first in American history to place broad restrictions on immigration.";
    const ctx = referenceContext("", text);
    expect(leansBack("The 1882 Act was the first in American history to place broad restrictions on immigration.", 2, ctx)).toMatchObject({ text: "The 1882 Act", subject: true });
  });

  it("leaves a dated name the article never shortened", () => {
    const ctx = referenceContext("", "Congress met in Washington in 1881. The 1882 Act was the first law of its kind.");
    expect(leansBack("The 1882 Act was the first law of its kind.", 1, ctx)).toBeUndefined();
  });

  it("finds a nationality with a singular verb standing for a person", () => {
    const ctx = referenceContext("", "José Mourinho coached the team to the final. The Portuguese has won two Champions League titles.");
    expect(leansBack("The Portuguese has won two Champions League titles.", 1, ctx)).toMatchObject({ subject: true });
    // The people, with a plural verb, are named by the word itself.
    expect(leansBack("The Portuguese have won two Champions League titles.", 1, ctx)).toBeUndefined();
  });

  it.each([
    {
      text: "The Capitals led early with a score of 6–2. At the end of the first half, with the score 31–33 in favour of China, Norwood led the Capitals.",
      stem: "At the end of the first half, with the score 31–33 in favour of China, Norwood led the Capitals.",
    },
    {
      text: "Liverpool had a second chance before the break. The second half started much as the first did, with Liverpool scoring early.",
      stem: "The second half started much as the first did, with Liverpool scoring early.",
    },
    {
      text: "Two women set records on Friday. Qualifying heats were held in the women's heptathlon and pole vault.",
      stem: "Qualifying heats were held in the women's heptathlon and pole vault.",
    },
  ])("does not count the game's score, an ordinal or a class of events as leaning back: $stem", ({ text, stem }) => {
    expect(leansBack(stem, 1, referenceContext("", text))).toBeUndefined();
  });

  it("ranks low a rank with no frame, and keeps one with its frame", () => {
    expect(fragileStemFactor(clozeItem("_____ was second with 11 points, and seven other players also scored."))).toBe(0.25);
    expect(fragileStemFactor(clozeItem("_____ finished third in the 20-kilometre walk."))).toBe(1);
  });

  it("ranks lower a shift of seconds or minutes from a moment the stem does not name", () => {
    expect(fragileStemFactor(clozeItem("Four seconds later, _____ drew a foul and was all smiles."))).toBe(0.5);
    expect(fragileStemFactor(clozeItem("In the 20th minute, _____ drew a foul."))).toBe(1);
  });
});

describe("blanks general knowledge fills inside names", () => {
  it("ranks low a name whose words the stem repeats", () => {
    const prompt = "The Capitals defeated the Chinese women's national basketball team before the start of the Women's _____ in October.";
    expect(guessableShapeFactor(clozeItem(prompt, "National Basketball League"))).toBe(0.3);
    expect(guessableShapeFactor(clozeItem("North Korea fired rounds at a loudspeaker in _____.", "South Korea"))).toBe(0.3);
  });

  it("leaves a name the stem does not repeat", () => {
    expect(guessableShapeFactor(clozeItem("The team played before the start of the Women's _____ in October.", "National Basketball League"))).toBe(1);
    expect(guessableShapeFactor(clozeItem("The Korean loudspeakers stood in _____.", "South Korea"))).toBe(1);
  });

  it("ranks lower a blank completing a name known by its complement, not one with its own modifier", () => {
    expect(guessableShapeFactor(clozeItem("The Navy, greatly increased in size after the War of _____, sent a squadron.", "1812"))).toBe(0.5);
    expect(guessableShapeFactor(clozeItem("Congress produced the Tariff Act of _____, known as Smoot-Hawley.", "1930"))).toBe(1);
  });
});
