"use client";

import { clsx } from "clsx";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

export type Choice = { label: string; hotkey: string };

type ChoiceQuestionProps = {
  legend: string;
  choices: Choice[];
  disabled: boolean;
  hint: string;
  onConfirm: (index: number) => void;
};

function typingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["TEXTAREA", "SELECT"].includes(target.tagName) || (target.tagName === "INPUT" && (target as HTMLInputElement).type === "text"));
}

/**
 * Radio options with hotkeys (1-4, or T/F) that pick, and Enter that confirms. The keys work
 * wherever focus is on the page, except while typing in a field or on a button or link.
 */
export function ChoiceQuestion({ legend, choices, disabled, hint, onConfirm }: ChoiceQuestionProps) {
  const [selected, setSelected] = useState<number | null>(null);
  const name = useId();
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const latest = useRef({ selected, disabled, choices, onConfirm });
  latest.current = { selected, disabled, choices, onConfirm };

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const { selected, disabled, choices, onConfirm } = latest.current;
      if (disabled || event.altKey || event.ctrlKey || event.metaKey || typingInField(event.target)) return;
      const index = choices.findIndex((choice) => choice.hotkey === event.key.toLowerCase());
      if (index >= 0) {
        event.preventDefault();
        setSelected(index);
        inputs.current[index]?.focus();
        return;
      }
      const onControl = event.target instanceof HTMLElement && ["BUTTON", "A"].includes(event.target.tagName);
      if (event.key === "Enter" && selected !== null && !onControl) {
        event.preventDefault();
        onConfirm(selected);
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (selected !== null && !disabled) onConfirm(selected);
      }}
      className="space-y-4"
    >
      <fieldset disabled={disabled} role="radiogroup" aria-labelledby={`${name}-legend`} className="space-y-2">
        <legend id={`${name}-legend`} className="sr-only">
          {legend}
        </legend>
        {choices.map((choice, index) => (
          <label
            key={choice.label}
            className={clsx(
              "flex min-h-11 cursor-pointer items-center gap-3 rounded-md border px-3 py-2 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring",
              selected === index ? "border-primary bg-primary/10" : "border-border bg-card hover:bg-muted",
              disabled && "cursor-default",
            )}
          >
            <input
              ref={(element) => {
                inputs.current[index] = element;
              }}
              type="radio"
              name={name}
              value={choice.label}
              checked={selected === index}
              onChange={() => setSelected(index)}
              className="sr-only"
            />
            <kbd aria-hidden="true" className="inline-flex size-6 shrink-0 items-center justify-center rounded border border-border text-xs uppercase text-muted-fg">
              {choice.hotkey}
            </kbd>
            <span>{choice.label}</span>
          </label>
        ))}
      </fieldset>
      {!disabled && (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={selected === null}>
            Check answer
          </Button>
          <p className="text-xs text-muted-fg">{hint}</p>
        </div>
      )}
    </form>
  );
}
