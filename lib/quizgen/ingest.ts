import { QuizgenInputError } from "./errors";

export const MAX_TEXT_LENGTH = 200_000;

/** Rejects input no deck can be built from. Text is never rewritten, so offsets stay valid. */
export function validateText(text: unknown, maxLength = MAX_TEXT_LENGTH): string {
  if (typeof text !== "string") throw new QuizgenInputError("EMPTY", "Text must be a string.");
  if (text.length > maxLength) {
    throw new QuizgenInputError("TOO_LARGE", `Text is longer than ${maxLength} characters.`);
  }
  if (text.trim().length === 0) throw new QuizgenInputError("EMPTY", "Text is empty.");
  if (looksBinary(text)) throw new QuizgenInputError("BINARY", "Text looks like binary data.");
  return text;
}

function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  let suspicious = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) suspicious++;
  }
  return suspicious > text.length * 0.1;
}

/** Parses publishedAt leniently: an unusable value is ignored with a warning, never thrown. */
export function parsePublishedAt(value: Date | string | undefined, warnings: string[]): Date | undefined {
  if (value === undefined) return undefined;
  const date = value instanceof Date ? new Date(value.getTime()) : new Date(String(value));
  if (Number.isNaN(date.getTime())) {
    warnings.push("publishedAt is not a valid date; relative dates were not resolved.");
    return undefined;
  }
  return date;
}
