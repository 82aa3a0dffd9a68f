import { matchTypedAnswer, type MatchVia } from "./match-answer";

export type GradableItem = {
  kind: string;
  prompt: string;
  answer: string;
  alternatives: readonly string[];
  payload: { options?: string[]; truth?: boolean; pairs?: { left: string; right: string }[]; sequence?: string[] };
};

/** What a learner sends for one question, by the kind of control they answered with. */
export type QuizResponse =
  | { type: "choice"; option: string }
  | { type: "truth"; value: boolean }
  | { type: "text"; text: string }
  | { type: "pairs"; pairs: readonly { left: string; right: string }[] }
  | { type: "sequence"; sequence: readonly string[] };

export type GradeContext = { context?: string; otherNames?: readonly string[] };

export type Grade = {
  correct: boolean;
  via: MatchVia | null;
  /** The response as stored and shown back ("True", the option text, "A → 1; B → 2"). */
  responseText: string;
  /** Multiple choice: the option chosen, for item analysis. */
  chosenOption: string | null;
};

export const RESPONSE_TYPE_BY_KIND: Record<string, QuizResponse["type"]> = {
  mcq: "choice",
  true_false: "truth",
  cloze: "text",
  short_answer: "text",
  matching: "pairs",
  ordering: "sequence",
};

/** Thrown when a response does not fit its question (wrong control, an option that is not offered). */
export class ResponseMismatchError extends Error {}

function wrongOrRight(correct: boolean, responseText: string, chosenOption: string | null = null): Grade {
  return { correct, via: correct ? "exact" : null, responseText, chosenOption };
}

/** Grades one response against a stored item; the only place that decides what is correct. */
export function gradeResponse(item: GradableItem, response: QuizResponse, context: GradeContext = {}): Grade {
  if (RESPONSE_TYPE_BY_KIND[item.kind] !== response.type) throw new ResponseMismatchError(`A ${item.kind} question cannot take a ${response.type} answer.`);
  switch (response.type) {
    case "choice": {
      if (!(item.payload.options ?? []).includes(response.option)) throw new ResponseMismatchError("That option is not offered.");
      return wrongOrRight(response.option === item.answer, response.option, response.option);
    }
    case "truth": {
      const truth = item.payload.truth ?? item.answer.toLowerCase() === "true";
      return wrongOrRight(response.value === truth, response.value ? "True" : "False");
    }
    case "text": {
      const match = matchTypedAnswer(response.text, {
        answer: item.answer,
        alternatives: item.alternatives,
        prompt: item.prompt,
        context: context.context,
        otherNames: context.otherNames,
      });
      return { correct: match.correct, via: match.via, responseText: response.text.trim(), chosenOption: null };
    }
    case "pairs": {
      const key = item.payload.pairs ?? [];
      const given = new Map(response.pairs.map((pair) => [pair.left, pair.right]));
      const complete = key.length > 0 && response.pairs.length === key.length && given.size === key.length;
      const correct = complete && key.every((pair) => given.get(pair.left) === pair.right);
      return wrongOrRight(correct, response.pairs.map((pair) => `${pair.left} → ${pair.right}`).join("; "));
    }
    case "sequence": {
      const key = item.payload.sequence ?? [];
      const correct = key.length > 0 && key.length === response.sequence.length && key.every((step, index) => response.sequence[index] === step);
      return wrongOrRight(correct, response.sequence.join(" → "));
    }
  }
}
