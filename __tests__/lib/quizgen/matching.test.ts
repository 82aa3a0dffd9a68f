/** @jest-environment node */
import { generateDeck } from "@/lib/quizgen";

describe("matching items", () => {
  it("pairs each titled person with their role", () => {
    const text =
      "Finance Minister Kristjan Vaher welcomed the sale. Chief executive Anna Lindqvist announced the deal on Monday. " +
      "Aviation analyst Jonas Berg called the price fair.";
    const deck = generateDeck({ title: "", text, publishedAt: "2026-11-16" }, { seed: 1, maxItems: 100 });
    const item = deck.items.find((i) => i.rule === "match-person-role");
    expect(item?.kind).toBe("matching");
    expect(item?.pairs).toEqual([
      { left: "Kristjan Vaher", right: "Finance Minister" },
      { left: "Anna Lindqvist", right: "Chief executive" },
      { left: "Jonas Berg", right: "Aviation analyst" },
    ]);
    expect(item?.options?.slice().sort()).toEqual(["Aviation analyst", "Chief executive", "Finance Minister"]);
  });

  it("pairs events with their dates and needs at least three", () => {
    const text =
      "The first meeting between the ministers took place on May 2. The second meeting followed on June 9. " +
      "Observers recalled that the signing of the treaty took place in 2019.";
    const deck = generateDeck({ title: "", text, publishedAt: "2025-07-01" }, { seed: 1, maxItems: 100 });
    const item = deck.items.find((i) => i.rule === "match-event-date");
    expect(item?.pairs).toEqual([
      { left: "The first meeting between the ministers", right: "May 2" },
      { left: "The second meeting", right: "June 9" },
      { left: "The signing of the treaty", right: "2019" },
    ]);
    const two = generateDeck({ title: "", text: text.split(". ").slice(0, 2).join(". ") + ".", publishedAt: "2025-07-01" }, { seed: 1 });
    expect(two.items.find((i) => i.kind === "matching")).toBeUndefined();
  });

  it("does not match places to countries the article never states", () => {
    const text = "Flights link Helsinki, Tallinn, Riga and Copenhagen. Demand in Oslo grew.";
    const deck = generateDeck({ title: "", text }, { seed: 1, maxItems: 100 });
    expect(deck.items.find((i) => i.rule === "match-place-container")).toBeUndefined();
  });
});

describe("person-role matching on real copy", () => {
  it("leaves out a one-word common role that fits several people ('astronaut')", () => {
    const { generateDeck } = jest.requireActual("@/lib/quizgen") as typeof import("@/lib/quizgen");
    const text =
      "The capsule carried NASA astronauts Michael Hopkins and Shannon Walker and JAXA astronaut Soichi Noguchi. " +
      "Flight Engineer Kate Rubins greeted them. Station Commander Sergey Ryzhikov opened the hatch. JAXA President Hiroshi Yamakawa watched from Japan. " +
      "Program manager Joel Montalbano spoke later.";
    const deck = generateDeck({ title: "", text }, { seed: 1, maxItems: 100 });
    for (const m of deck.items.filter((i) => i.rule === "match-person-role")) expect(m.pairs?.map((p) => p.right)).not.toContain("astronaut");
  });

  it("leaves out the top office: 'President' is general knowledge about a president", () => {
    const text =
      "President Mara Velden signed the bill. Finance Minister Kristjan Vaher welcomed the sale. " +
      "Chief executive Anna Lindqvist announced the deal on Monday. Aviation analyst Jonas Berg called the price fair.";
    const deck = generateDeck({ title: "", text, publishedAt: "2026-11-16" }, { seed: 1, maxItems: 100 });
    const item = deck.items.find((i) => i.rule === "match-person-role");
    expect(item?.pairs?.map((p) => p.right)).toEqual(["Finance Minister", "Chief executive", "Aviation analyst"]);
  });

  it("does not match well-known cities to the states the article puts them in", () => {
    const text = "Shuttles went to Los Angeles, California. Another went to Houston, Texas. A third went to Chicago, Illinois.";
    const deck = generateDeck({ title: "", text }, { seed: 1, maxItems: 100 });
    expect(deck.items.find((i) => i.rule === "match-place-container")).toBeUndefined();
  });
});
