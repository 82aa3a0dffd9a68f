import { AppError } from "@/lib/errors";

/** An article that cannot be brought in; the message tells the user what to change. */
export function ingestError(message: string): AppError {
  return new AppError("INVALID_INPUT", message);
}
