/** @jest-environment node */
import { detectQuantities } from "@/lib/quizgen/dates";

const published = new Date("2025-10-17T00:00:00Z");

describe("detectQuantities", () => {
  it.each([
    { text: "They spoke on October 16.", match: "October 16", value: "2025-10-16" },
    { text: "They met on August 15, 2025.", match: "August 15, 2025", value: "2025-08-15" },
    { text: "It was signed on 3 March 2020.", match: "3 March 2020", value: "2020-03-03" },
    { text: "The crash happened on December 30.", match: "December 30", value: "2024-12-30" },
    { text: "The vote is set for November 2.", match: "November 2", value: "2025-11-02" },
    { text: "Crimea was annexed in 2014.", match: "2014", value: "2014" },
    { text: "Talks follow the following week.", match: "the following week", value: "2025-10-24" },
    { text: "The vote was held on Monday.", match: "Monday", value: "2025-10-13" },
    { text: "It opened in January 2022.", match: "January 2022", value: "2022-01" },
  ])("resolves $match in '$text' against the publication date", ({ text, match, value }) => {
    const dates = detectQuantities(text, published).filter((q) => q.type === "DATE");
    expect(dates).toHaveLength(1);
    expect(dates[0]).toMatchObject({ text: match, value });
    expect(text.slice(dates[0]?.start, dates[0]?.end)).toBe(match);
  });

  it("leaves a year-less date unresolved without a publication date", () => {
    const [date] = detectQuantities("They spoke on October 16.");
    expect(date).toMatchObject({ type: "DATE", value: "--10-16" });
    expect(date?.resolved).toBeUndefined();
  });

  it.each([
    { text: "a two-and-a-half-hour phone call", type: "DURATION", match: "two-and-a-half-hour" },
    { text: "the deadliest conflict in 80 years", type: "DURATION", match: "80 years" },
    { text: "reached back about 800,000 years", type: "DURATION", match: "800,000 years" },
    { text: "it cost $3.5 million to build", type: "MONEY", match: "$3.5 million" },
    { text: "for 640 million euros in cash", type: "MONEY", match: "640 million euros" },
    { text: "shares rose 14 percent", type: "PERCENT", match: "14 percent" },
    { text: "about 2,000 runners took part", type: "NUMBER", match: "2,000" },
    { text: "the halfway point in 1:00:28", type: "NUMBER", match: "1:00:28" },
  ])("finds the $type '$match' as one span", ({ text, type, match }) => {
    const found = detectQuantities(text, published);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type, text: match });
  });

  it("does not read a number inside an identifier or a time as a quantity", () => {
    expect(detectQuantities("the exoplanet K2-18 b orbits", published)).toEqual([]);
  });

  it("records the counted noun of a number", () => {
    const [n] = detectQuantities("About 2,000 runners took part.", published);
    expect(n).toMatchObject({ type: "NUMBER", value: "2000", subtype: "runners" });
  });
});
