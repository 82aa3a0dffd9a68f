/** @jest-environment node */
import { analyse, generateDeck } from "@/lib/quizgen";
import { alternativesFor } from "@/lib/quizgen/generators/shared";
import type { Entity } from "@/lib/quizgen/types";

// Eighth pass (after heldout-7's verdicts): accepted forms of organisations' names.

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
