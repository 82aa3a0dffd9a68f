import "server-only";
import { requireSessionUser } from "@/lib/auth";
import { isAppError } from "@/lib/errors";

export type DeckActionResult<T = undefined> = { ok: true; data: T } | { ok: false; message: string };

export const invalidRequest = { ok: false as const, message: "That request is not valid. Reload the page and try again." };

/** Runs a deck action for the signed-in user; a domain error becomes its message, anything else a generic one (logged). */
export async function runDeckAction<T>(work: (userId: string) => Promise<T>): Promise<DeckActionResult<T>> {
  try {
    const user = await requireSessionUser();
    return { ok: true, data: await work(user.id) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    console.error("Deck action failed", error);
    return { ok: false, message: "Something went wrong on our side. Nothing was changed; try again." };
  }
}
