import { isAppError } from "@/lib/errors";

export const BUSY_MESSAGE = "Factdeck is busy, try again.";
export const INTERNAL_MESSAGE = "Something went wrong on our side. Nothing was changed; try again.";

const DATABASE_ERROR_NAMES = /^(PrismaClient\w*Error|DriverAdapterError|SqliteError)$/;
const DATABASE_TEXT = /SQLITE_BUSY|database is locked|prisma\.\w+\.\w+\(\)|timed out fetching a new connection|ECONNREFUSED/i;

/** Errors from the database layer (Prisma, its driver adapters, a locked SQLite file, a full pool). */
export function isDatabaseError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (DATABASE_ERROR_NAMES.test(error.name) || /^P\d{4}$/.test(String((error as { code?: unknown }).code ?? ""))) return true;
  return DATABASE_TEXT.test(error.message);
}

export type PublicError = { status: number; code: string; message: string };

/**
 * What a user may see of an error: an AppError's own message, "busy" for the database, a
 * generic sentence for anything else. The detail of the last two goes to the server log only.
 */
export function toPublicError(error: unknown, context = "Unhandled error"): PublicError {
  if (isAppError(error)) return { status: error.status, code: error.code, message: error.message };
  console.error(context, error);
  if (isDatabaseError(error)) return { status: 503, code: "BUSY", message: BUSY_MESSAGE };
  return { status: 500, code: "INTERNAL", message: INTERNAL_MESSAGE };
}
