import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { signInSchema } from "@/lib/validations/auth";
import { decoyPasswordHash, verifyPassword } from "./password";
import { clearFailures, lockedUntil, recordFailure, type ThrottleKey } from "./throttle";

export const INVALID_CREDENTIALS = "Incorrect email or password.";
export const TOO_MANY_ATTEMPTS = "Too many failed sign-in attempts. Try again in a few minutes.";

export type AuthenticatedUser = { id: string; email: string; name: string | null; role: string };

export type AuthenticateOptions = { db: Db; credentials: unknown; ip: string | null; now: Date };

/**
 * Checks an email and password. Unknown email and wrong password fail alike (same message,
 * same argon2 cost); failures are throttled per account and per address.
 */
export async function authenticate({ db, credentials, ip, now }: AuthenticateOptions): Promise<AuthenticatedUser> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) throw new AppError("UNAUTHORIZED", INVALID_CREDENTIALS);
  const { email, password } = parsed.data;

  const keys: ThrottleKey[] = [{ kind: "email", value: email }];
  if (ip) keys.push({ kind: "ip", value: ip });
  if (await lockedUntil(db, keys, now)) throw new AppError("RATE_LIMITED", TOO_MANY_ATTEMPTS);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, disabledAt: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !user.passwordHash || !valid || user.disabledAt) {
    await recordFailure(db, keys, now);
    throw new AppError("UNAUTHORIZED", INVALID_CREDENTIALS);
  }
  await clearFailures(db, keys[0]!);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
