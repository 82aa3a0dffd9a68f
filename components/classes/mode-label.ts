export const MODE_LABEL: Record<string, string> = { QUIZ: "Quiz", FLASHCARDS: "Flashcards", BOTH: "Quiz and flashcards" };

export function targetSummary(a: { mode: string; questionCount: number | null; attemptsAllowed: number | null; passMark: number | null; spacedDays: number | null }) {
  const parts: string[] = [];
  if (a.mode !== "FLASHCARDS") {
    parts.push(a.questionCount ? `${a.questionCount} questions` : "every question");
    parts.push(a.passMark !== null ? `pass mark ${a.passMark}%` : "any finished attempt passes");
    parts.push(a.attemptsAllowed ? `${a.attemptsAllowed} attempt${a.attemptsAllowed === 1 ? "" : "s"}` : "unlimited attempts");
  }
  if (a.mode !== "QUIZ") parts.push(`every fact recalled on ${a.spacedDays ?? 2} separate days`);
  return parts.join(" · ");
}
