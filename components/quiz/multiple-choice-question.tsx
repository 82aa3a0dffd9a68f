"use client";

import type { QuestionView } from "@/lib/data/quiz-items";
import { ChoiceQuestion } from "./choice-question";
import type { QuestionProps } from "./types";

export function MultipleChoiceQuestion({ question, disabled, onAnswer }: QuestionProps<QuestionView>) {
  const options = question.options ?? [];
  return (
    <ChoiceQuestion
      legend="Choose one answer"
      choices={options.map((label, index) => ({ label, hotkey: String(index + 1) }))}
      disabled={disabled}
      hint={`Keys 1–${Math.min(options.length, 9)} pick an option, Enter confirms.`}
      onConfirm={(index) => onAnswer({ type: "choice", option: options[index]! })}
    />
  );
}
