import "server-only";
import { requireSessionUser } from "@/lib/auth";
import { toPublicError } from "@/lib/http/public-error";

export type DeckActionResult<T = undefined> = { ok: true; data: T } | { ok: false; message: string };

export const invalidRequest = { ok: false as const, message: "That request is not valid. Reload the page and try again." };

/** Runs a deck action for the signed-in user; errors become what a user may see (lib/http/public-error.ts). */
export async function runDeckAction<T>(work: (userId: string) => Promise<T>): Promise<DeckActionResult<T>> {
  try {
    const user = await requireSessionUser();
    return { ok: true, data: await work(user.id) };
  } catch (error) {
    // A domain error's own message; "Factdeck is busy, try again." for the database; the detail is logged.
    return { ok: false, message: toPublicError(error, "Deck action failed").message };
  }
}
