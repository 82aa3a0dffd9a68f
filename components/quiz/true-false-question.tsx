"use client";

import type { QuestionView } from "@/lib/data/quiz-items";
import { ChoiceQuestion } from "./choice-question";
import type { QuestionProps } from "./types";

const CHOICES = [
  { label: "True", hotkey: "t" },
  { label: "False", hotkey: "f" },
];

export function TrueFalseQuestion({ disabled, onAnswer }: QuestionProps<QuestionView>) {
  return (
    <ChoiceQuestion
      legend="Is this statement true or false?"
      choices={CHOICES}
      disabled={disabled}
      hint="T picks True, F picks False, Enter confirms."
      onConfirm={(index) => onAnswer({ type: "truth", value: index === 0 })}
    />
  );
}
