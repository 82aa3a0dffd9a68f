import "server-only";
import { isAppError } from "@/lib/errors";

/** For pages: a NOT_FOUND from the data layer becomes null (then notFound()); anything else is a real error. */
export async function orNotFound<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
