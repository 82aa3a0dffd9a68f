"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import type { QuestionView } from "@/lib/data/quiz-items";
import { MAX_TYPED_ANSWER } from "@/lib/validations/quiz-limits";
import type { QuestionProps } from "./types";

export function TypedAnswerQuestion({ question, disabled, onAnswer }: QuestionProps<QuestionView>) {
  const [text, setText] = useState("");
  const id = useId();
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (!disabled && text.trim()) onAnswer({ type: "text", text });
      }}
    >
      <label htmlFor={id} className="block text-sm font-medium">
        {question.kind === "cloze" ? "The missing words" : "Your answer"}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          type="text"
          value={text}
          onChange={(event) => setText(event.target.value)}
          disabled={disabled}
          maxLength={MAX_TYPED_ANSWER}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          autoFocus
          aria-describedby={`prompt-${question.itemId}`}
          className="min-h-10 min-w-0 flex-1 rounded-md border border-border bg-bg px-3 py-2"
        />
        {!disabled && (
          <Button type="submit" disabled={!text.trim()}>
            Check answer
          </Button>
        )}
      </div>
      {!disabled && <p className="text-xs text-muted-fg">Enter submits. Spelling, capitals and small typos are forgiven.</p>}
    </form>
  );
}
