/** @jest-environment node */
import { analyse } from "@/lib/quizgen";
import { buildPool } from "@/lib/quizgen/distractors";
import { relatedPlaces } from "@/lib/quizgen/generators/shared";
import { trueFalseItems } from "@/lib/quizgen/generators/true-false";
import { createRng } from "@/lib/quizgen/random";

const text =
  "Finance Minister Kristjan Vaher said the sale would bring 330 million euros into the state budget. " +
  "Chief executive Pekka Salonen said the deal would create the largest airline in the region. " +
  "The deal was first announced in 2024.";

function statements(seed: number) {
  const a = analyse({ title: "", text, publishedAt: "2026-11-16" });
  const gen = { pool: buildPool(a.entities, [], "2026-11-16"), rng: createRng(seed), related: relatedPlaces(a.entities) };
  return a.facts.flatMap((f) => trueFalseItems(f, gen));
}

describe("true/false items", () => {
  const all = [1, 2, 3, 4, 5, 6].flatMap(statements);

  it("states true items verbatim from the article", () => {
    const truths = all.filter((i) => i.truth === true);
    expect(truths.length).toBeGreaterThan(0);
    for (const t of truths) expect(text).toContain(t.prompt);
  });

  it("makes false items by swapping one entity for another of the same type and role", () => {
    const swapped = all.find((i) => i.rule === "tf-swap-person" && i.prompt.includes("Pekka Salonen said the sale"));
    expect(swapped).toMatchObject({ truth: false, answer: "False" });
    expect(swapped?.prompt).toBe("Chief executive Pekka Salonen said the sale would bring 330 million euros into the state budget.");
  });

  it("keeps every false statement different from its source sentence", () => {
    for (const f of all.filter((i) => i.truth === false)) {
      expect(f.prompt).not.toBe(f.source.sentence);
      expect(f.source.sentence).not.toContain(f.prompt);
    }
  });

  it("never swaps a past date for a future one", () => {
    const dates = all.filter((i) => i.rule === "tf-swap-date");
    for (const d of dates) {
      const year = Number(/in (\d{4})/.exec(d.prompt)?.[1]);
      expect(year).toBeLessThan(2026);
    }
  });
});
