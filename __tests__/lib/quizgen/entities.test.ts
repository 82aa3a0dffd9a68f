/** @jest-environment node */
import { analyse } from "@/lib/quizgen";
import type { Entity } from "@/lib/quizgen";

function entities(text: string, publishedAt = "2025-10-17"): Entity[] {
  return analyse({ title: "", text, publishedAt }).entities;
}

function byName(list: Entity[], name: string): Entity {
  const found = list.find((e) => e.name === name);
  if (!found) throw new Error(`no entity ${name} in ${list.map((e) => e.name).join(", ")}`);
  return found;
}

describe("annotate", () => {
  const text =
    "U.S. President Donald Trump and Russian President Vladimir Putin agreed to meet in Budapest, Hungary. " +
    "Trump announced the talks on Friday. The delegation will be led by Secretary of State Marco Rubio.";

  it("strips titles into roles and keeps the bare name", () => {
    const list = entities(text);
    expect(byName(list, "Donald Trump").role).toBe("U.S. President");
    expect(byName(list, "Vladimir Putin").role).toBe("Russian President");
    expect(byName(list, "Marco Rubio").role).toBe("Secretary of State");
    expect(list.some((e) => e.type === "PERSON" && /President|Secretary/.test(e.name))).toBe(false);
  });

  it("merges a bare surname into the full name", () => {
    const trump = byName(entities(text), "Donald Trump");
    expect(trump.mentions.map((m) => m.text)).toEqual(["Donald Trump", "Trump"]);
    expect(trump.aliases).toContain("Trump");
  });

  it("keeps mention offsets pointing at the name in the text", () => {
    const trump = byName(entities(text), "Donald Trump");
    for (const m of trump.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(text.slice(trump.mentions[0]?.titledStart, trump.mentions[0]?.end)).toBe("U.S. President Donald Trump");
  });

  it("types places from the gazetteer and contains a capital in its country", () => {
    const list = entities(text);
    expect(byName(list, "Budapest")).toMatchObject({ type: "PLACE", subtype: "city", within: ["Hungary"] });
    expect(byName(list, "Hungary")).toMatchObject({ type: "PLACE", subtype: "country" });
  });

  it("learns containment the text states ('Anchorage, Alaska')", () => {
    const list = entities("The leaders met in Anchorage, Alaska, last summer.");
    expect(byName(list, "Anchorage").within).toEqual(["Alaska", "United States"]);
  });

  it("does not read a list of cities as containment", () => {
    const list = entities("The majors are Boston, London, Chicago and Tokyo.");
    expect(byName(list, "Boston").within ?? []).not.toContain("London");
  });

  it("marks a place used as a modifier so it is not asked about", () => {
    const list = entities("The U.S. delegation arrived in Geneva.");
    const us = byName(list, "United States");
    expect(us.mentions[0]).toMatchObject({ text: "U.S.", modifier: true });
  });

  it("resolves a year-less date against the publication date", () => {
    const list = entities("The two sides spoke on October 16.");
    expect(list.find((e) => e.type === "DATE")).toMatchObject({ name: "October 16", value: "2025-10-16", subtype: "day" });
  });

  it("finds names no lexicon knows from their context", () => {
    const list = entities("Eliud Kipchoge of Kenya won the race. Ethiopia's Tadese Takele finished third.");
    expect(byName(list, "Eliud Kipchoge").type).toBe("PERSON");
    expect(byName(list, "Tadese Takele").type).toBe("PERSON");
  });

  it("reads a capitalised phrase ending in an organisation word as one organisation", () => {
    const list = entities("She works at the University of Cambridge and the European Space Agency.");
    expect(byName(list, "University of Cambridge").type).toBe("ORG");
    expect(byName(list, "European Space Agency").type).toBe("ORG");
    expect(list.some((e) => e.name === "Cambridge")).toBe(false);
  });

  it("infers gender from the first name and from 'women's' context", () => {
    const list = entities("In the women's race, Tigist Alemu of Ethiopia won. Daniel Kiprono of Kenya won the men's race.");
    expect(byName(list, "Tigist Alemu").gender).toBe("female");
    expect(byName(list, "Daniel Kiprono").gender).toBe("male");
  });

  it("keeps names with inner capitals whole and gives 'The' to the role", () => {
    const list = entities("Governor Ron DeSantis spoke. The British chemist Joseph Priestley wrote in 1771.");
    expect(byName(list, "Ron DeSantis").role).toBe("Governor");
    const priestley = byName(list, "Joseph Priestley");
    expect(priestley.role).toBe("British chemist");
    expect(priestley.mentions[0]?.titledStart).toBe(29);
  });

  it("reads Georgia as the US state when another state is named", () => {
    expect(byName(entities("Power failed across Florida and Georgia."), "Georgia")).toMatchObject({ subtype: "state", within: ["United States"] });
    expect(byName(entities("Talks were held in Georgia and Armenia."), "Georgia").subtype).toBe("country");
  });

  it("finds key terms a text introduces", () => {
    const list = entities("Photosynthesis is the process by which plants make food. Chloroplasts contain a green pigment called chlorophyll.");
    expect(list.filter((e) => e.subtype === "term").map((e) => e.name)).toEqual(["Photosynthesis", "chlorophyll"]);
  });

  it("merges an acronym into the organisation it abbreviates", () => {
    const who = byName(entities("The World Health Organization met on Monday. The WHO said it hopes to finish."), "World Health Organization");
    expect(who.mentions.map((m) => m.text)).toEqual(["World Health Organization", "WHO"]);
  });
});

describe("name particles", () => {
  it("keeps a lowercase particle (de, van, von…) inside a later surname mention", () => {
    const list = entities(
      "Director Anna van Dijk said the museum would reopen in the spring after a long renovation. " +
        "\"We are ready for visitors,\" van Dijk told reporters at the museum's entrance.",
    );
    const anna = byName(list, "Anna van Dijk");
    expect(anna.mentions.map((m) => m.text)).toContain("van Dijk");
    expect(anna.mentions.map((m) => m.text)).not.toContain("Dijk");
  });
});
