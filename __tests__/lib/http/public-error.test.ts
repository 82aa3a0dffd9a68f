/** @jest-environment node */
import { AppError } from "@/lib/errors";
import { BUSY_MESSAGE, INTERNAL_MESSAGE, isDatabaseError, toPublicError } from "@/lib/http/public-error";

function named(name: string, message: string, code?: string): Error {
  const error = new Error(message);
  error.name = name;
  if (code) Object.assign(error, { code });
  return error;
}

test.each([
  { label: "a Prisma timeout", error: named("PrismaClientKnownRequestError", "Invalid `prisma.authThrottle.upsert()` invocation: Operation has timed out", "P1008") },
  { label: "an adapter error", error: named("DriverAdapterError", "SQLITE_BUSY: database is locked") },
  { label: "a full connection pool", error: named("PrismaClientInitializationError", "Timed out fetching a new connection from the connection pool") },
  { label: "raw SQLite", error: Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" }) },
])("$label is 'Factdeck is busy, try again' (503), and the log keeps the detail", ({ error }) => {
  const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    expect(isDatabaseError(error)).toBe(true);
    expect(toPublicError(error, "Deck action failed")).toEqual({ status: 503, code: "BUSY", message: BUSY_MESSAGE });
    expect(log).toHaveBeenCalledWith("Deck action failed", error);
  } finally {
    log.mockRestore();
  }
});

test("an AppError keeps its own message and status, and is not logged", () => {
  const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    expect(toPublicError(new AppError("NOT_FOUND", "No such deck."))).toEqual({ status: 404, code: "NOT_FOUND", message: "No such deck." });
    expect(log).not.toHaveBeenCalled();
  } finally {
    log.mockRestore();
  }
});

test("anything else is a generic 500 that reveals nothing of the error", () => {
  const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    const result = toPublicError(new TypeError("Cannot read properties of undefined (reading 'secret')"));
    expect(result).toEqual({ status: 500, code: "INTERNAL", message: INTERNAL_MESSAGE });
    expect(isDatabaseError("not an error")).toBe(false);
  } finally {
    log.mockRestore();
  }
});
