import { render, screen } from "@testing-library/react";
import { ItemAnalysisView } from "@/components/classes/item-analysis-view";
import type { FactAnalysis } from "@/lib/data/analytics";

const item = (kind: string) => ({ itemId: kind, factId: "f1", kind, prompt: `A ${kind} prompt`, answer: "Kenya", answered: 1, correct: 0, shareRight: 0, options: [] });

test("each question names its kind as students saw it in the quiz, not the stored code", () => {
  const facts = [{ factId: "f1", statement: "Rotich of Kenya dropped out.", answered: 3, correct: 0, shareRight: 0, items: ["mcq", "true_false", "cloze"].map(item) }] as unknown as FactAnalysis[];
  render(<ItemAnalysisView facts={facts} editHref={null} />);
  for (const label of ["Multiple choice", "True or false", "Fill in the blank"]) expect(screen.getByText(label)).toBeInTheDocument();
  expect(screen.queryByText(/^(mcq|true false|cloze)$/i)).toBeNull();
});
