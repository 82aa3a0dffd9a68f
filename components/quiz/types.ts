import type { QuizResponse } from "@/lib/grading/grade-response";

export type QuestionProps<Q> = {
  question: Q;
  /** true once answered (or while the answer is being graded): the controls are read-only */
  disabled: boolean;
  onAnswer: (response: QuizResponse) => void;
};
