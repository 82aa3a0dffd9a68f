import type { FactAnalysis, StudentProgressRow } from "@/lib/data/analytics";
import { STATUS_LABEL } from "@/lib/classes/status";
import { writeCsv } from "./write";

/** One row per student, identifier columns first, as gradebook imports expect. */
export function gradesCsv(rows: StudentProgressRow[]): string {
  return writeCsv(
    ["Email", "Name", "Score (%)", "Status", "Late", "Best score (%)", "Latest score (%)", "Quiz attempts", "Flashcard reviews", "Facts mastered", "Facts in deck", "Completed at (UTC)", "Last active (UTC)"],
    rows.map(({ email, name, progress: p }) => [
      email,
      name ?? "",
      p.bestScore,
      STATUS_LABEL[p.status],
      p.status === "LATE" || p.completedLate,
      p.bestScore,
      p.latestScore,
      p.attempts,
      p.reviews,
      p.factsMastered,
      p.factCount,
      p.completedAt,
      p.lastActiveAt,
    ]),
  );
}

/** One row per item, grouped under its fact, most-missed facts first; MCQ options with their pick counts. */
export function itemAnalysisCsv(facts: FactAnalysis[]): string {
  const rows = facts.flatMap((fact) =>
    fact.items.map((item) => [
      fact.statement,
      percent(fact.shareRight),
      item.kind,
      item.prompt,
      item.answer,
      item.answered,
      item.correct,
      percent(item.shareRight),
      item.options
        .filter((o) => !o.correct)
        .map((o) => `${o.option}: ${o.count}${o.neverPicked ? " (never picked)" : ""}${o.majorityWrong ? " (most students)" : ""}`)
        .join("; "),
    ]),
  );
  return writeCsv(["Fact", "Fact right (%)", "Item kind", "Question", "Answer", "Answers", "Right", "Item right (%)", "Wrong options chosen"], rows);
}

function percent(share: number | null) {
  return share === null ? null : Math.round(share * 100);
}
