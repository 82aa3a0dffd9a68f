import "server-only";
import { containsWord, isNearDuplicate, normalise } from "@/lib/quizgen/distractors";
import type { CheckResult } from "@/lib/quizgen/types";

export type CheckableItem = {
  kind: string;
  prompt: string;
  answer: string;
  alternatives: string[];
  options?: string[];
  sourceSentence: string;
};

const warn = (name: string, passed: boolean, detail: string): CheckResult => ({ name, passed, hard: false, detail });

/**
 * Re-checks an item after a teacher's edit, with the generator's own text helpers: the answer
 * must still come from the source sentence, a distractor must not (then it may be right too),
 * options stay distinct, and the prompt must not give the answer away. Failures are warnings:
 * the teacher decides.
 */
export function recheckItem(item: CheckableItem): CheckResult[] {
  const checks: CheckResult[] = [];
  const { kind, prompt, answer, sourceSentence } = item;
  const textAnswer = kind === "cloze" || kind === "mcq" || kind === "short_answer";
  if (textAnswer && sourceSentence) {
    const inSource = [answer, ...item.alternatives].some((candidate) => containsWord(sourceSentence, candidate) || normalise(sourceSentence).includes(normalise(candidate)));
    checks.push(warn("answer_in_source", inSource, inSource ? "The answer appears in the source sentence." : "The answer no longer appears in the source sentence."));
  }
  if (textAnswer) {
    const leaks = containsWord(prompt, answer);
    checks.push(warn("no_leak", !leaks, leaks ? "The prompt contains the answer." : "The prompt does not give the answer away."));
  }
  if (kind === "cloze") {
    const blank = /_{3,}/.test(prompt);
    checks.push(warn("has_blank", blank, blank ? "The prompt has a blank." : "A fill-in-the-blank prompt needs a blank (_____)."));
  }
  if (kind === "mcq" && item.options) {
    const options = item.options;
    const hasAnswer = options.some((option) => normalise(option) === normalise(answer));
    checks.push(warn("answer_among_options", hasAnswer, hasAnswer ? "The answer is one of the options." : "The answer is not among the options."));
    const duplicate = options.find((option, i) => options.some((other, j) => j < i && (normalise(other) === normalise(option) || isNearDuplicate(other, option))));
    checks.push(warn("options_distinct", !duplicate, duplicate ? `Two options are (nearly) the same: "${duplicate}".` : "The options are distinct."));
    const inSource = options.find((option) => normalise(option) !== normalise(answer) && sourceSentence && containsWord(sourceSentence, option));
    checks.push(
      warn("distractor_not_in_source", !inSource, inSource ? `The wrong option "${inSource}" appears in the source sentence, so it may also be right.` : "No wrong option appears in the source sentence."),
    );
    checks.push(warn("enough_options", options.length >= 2, options.length >= 2 ? "There are enough options." : "Multiple choice needs at least two options."));
  }
  return checks;
}
