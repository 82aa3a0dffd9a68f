import type { Db } from "@/lib/db/client";
import { createUser, type PublicUser } from "@/lib/data/users";
import { AppError } from "@/lib/errors";
import type { SignUp } from "@/lib/validations/auth";
import { reserveAttempt, type ThrottlePolicy } from "./throttle";

/** Sign-ups per address: room for a whole class behind one school address, not for a bot. */
export const SIGN_UP_POLICY: ThrottlePolicy = { limit: 50, windowMs: 60 * 60 * 1000 };
export const TOO_MANY_SIGN_UPS = "Too many accounts were created from your network in the last hour. Try again later.";

/** Creates an account after reserving a sign-up for the address (unknown addresses share one allowance). */
export async function registerUser(db: Db, { input, address, now = new Date() }: { input: SignUp; address: string | null; now?: Date }): Promise<PublicUser> {
  const reservation = await reserveAttempt(db, `signup:${address ?? "unknown"}`, SIGN_UP_POLICY, now);
  if (!reservation.allowed) throw new AppError("RATE_LIMITED", TOO_MANY_SIGN_UPS);
  return createUser(db, input, now);
}
