export type QuizgenInputErrorCode = "EMPTY" | "NO_SENTENCES" | "BINARY" | "TOO_LARGE";

/** Thrown for input that cannot be turned into a deck; `code` says why. */
export class QuizgenInputError extends Error {
  readonly code: QuizgenInputErrorCode;

  constructor(code: QuizgenInputErrorCode, message: string) {
    super(message);
    this.name = "QuizgenInputError";
    this.code = code;
  }
}
