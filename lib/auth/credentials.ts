import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { signInSchema } from "@/lib/validations/auth";
import { limitPasswordAttempt } from "./attempt-limit";
import { decoyPasswordHash, verifyPassword } from "./password";

export const INVALID_CREDENTIALS = "Incorrect email or password.";
export { TOO_MANY_ATTEMPTS } from "./attempt-limit";

export type AuthenticatedUser = { id: string; email: string; name: string | null; role: string };

export type PasswordVerifier = (passwordHash: string, password: string) => Promise<boolean>;

export type AuthenticateOptions = {
  db: Db;
  credentials: unknown;
  ip: string | null;
  now: Date;
  /** The argon2 check; injectable so tests can count how many ran. */
  verify?: PasswordVerifier;
};

/**
 * Checks an email and password. Unknown email and wrong password fail alike (same message,
 * same argon2 cost); every attempt is reserved against the limits before the password is checked.
 */
export async function authenticate({ db, credentials, ip, now, verify = verifyPassword }: AuthenticateOptions): Promise<AuthenticatedUser> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) throw new AppError("UNAUTHORIZED", INVALID_CREDENTIALS);
  const { email, password } = parsed.data;

  let user: (AuthenticatedUser & { passwordHash: string | null; disabledAt: Date | null }) | null = null;
  const valid = await limitPasswordAttempt(db, { account: email, address: ip, now }, async () => {
    user = await db.user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, role: true, passwordHash: true, disabledAt: true },
    });
    const matches = await verify(user?.passwordHash ?? (await decoyPasswordHash()), password);
    return matches && !!user?.passwordHash && !user.disabledAt;
  });
  const found = user as (AuthenticatedUser & { passwordHash: string | null }) | null;
  if (!valid || !found) throw new AppError("UNAUTHORIZED", INVALID_CREDENTIALS);
  return { id: found.id, email: found.email, name: found.name, role: found.role };
}
