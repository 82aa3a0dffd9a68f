/** @jest-environment node */
import { analyse } from "@/lib/quizgen";
import { pointsBack, standAlone, type ReferenceContext } from "@/lib/quizgen/decontext";

function context(title: string, text: string): ReferenceContext {
  const a = analyse({ title, text });
  return { title, sentences: a.sentences, entities: a.entities };
}

describe("context dependence (heldout-3 dangling references)", () => {
  it("flags an opening connective of sequence or example that points at the previous sentence", () => {
    expect(pointsBack("Afterwards, Denver increased the score with McManus kicking a 30-yard field goal.")).toBe(true);
    expect(pointsBack("For instance, the _____ eruption of Mount Pinatubo caused a drop in global temperatures.")).toBe(true);
    expect(pointsBack("Subsequently, the company cut its forecast.")).toBe(true);
    expect(pointsBack("Denver increased the score with McManus kicking a 30-yard field goal.")).toBe(false);
  });

  it("flags an opening phrase built on a bare definite description, not a time inside the named event", () => {
    expect(pointsBack("Following the test, engineers inspected the capsule.")).toBe(true);
    expect(pointsBack("On the next series, Newton led the Panthers' offense to the 28-yard line.")).toBe(true);
    expect(pointsBack("In the second half, the Panthers had a chance to narrow the margin.")).toBe(false);
    expect(pointsBack("After the second quarter, Coldplay performed the halftime show.")).toBe(false);
    expect(pointsBack("After the exchange of fire, North Korea stated it would attack.")).toBe(false);
  });

  it("flags 'the second X' picked out of a set named before, unless an apposition or complement names it", () => {
    expect(pointsBack("The second data source was the Goldstone Solar System Radar.")).toBe(true);
    expect(pointsBack("The next race, the Gobowling.com 400, is to be held on August 3.")).toBe(false);
    expect(pointsBack("The second round of talks began in May.")).toBe(false);
    expect(pointsBack("In the second half, Hwang was booked.")).toBe(false);
  });

  it("does not let a place be the antecedent of 'he'", () => {
    const ctx = context(
      "Antonín Dvořák",
      "Antonín Dvořák was a Czech composer. He studied in Prague. Visiting Russia in March 1890, he conducted concerts in Moscow.",
    );
    expect(standAlone("Visiting Russia in _____, he conducted concerts in Moscow.", 2, ctx, ["March 1890"])).toBeNull();
    expect(standAlone("Visiting Russia in _____, Dvořák conducted concerts in Moscow.", 2, ctx, ["March 1890"])).not.toBeNull();
    expect(standAlone("In _____, Dvořák said he would leave.", 2, ctx, ["1890"])).not.toBeNull();
  });
});

describe("context dependence: complements that name the referent", () => {
  it("keeps 'the previous meeting between Trump and Putin'", () => {
    expect(pointsBack("The previous meeting between Trump and Putin took place on _____.")).toBe(false);
    expect(pointsBack("The previous meeting took place on _____.")).toBe(true);
  });
});
