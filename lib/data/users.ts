import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { limitPasswordAttempt } from "@/lib/auth/attempt-limit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { ChangePassword, SignUp } from "@/lib/validations/auth";

export type PublicUser = { id: string; name: string | null; email: string; role: string };
const publicUser = { id: true, name: true, email: true, role: true } as const;

export async function createUser(db: Db, { name, email, password, isTeacher }: SignUp, now = new Date()): Promise<PublicUser> {
  const passwordHash = await hashPassword(password);
  try {
    return await db.user.create({
      data: { name, email, passwordHash, role: isTeacher ? "TEACHER" : "STUDENT", sessionsValidAfter: now },
      select: publicUser,
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.");
    }
    throw error;
  }
}

/** Every session issued before `now` stops working on its next request. */
export async function signOutEverywhere(db: Db, { userId, now = new Date() }: { userId: string; now?: Date }): Promise<void> {
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { sessionsValidAfter: now } }),
    db.session.deleteMany({ where: { userId } }),
  ]);
}

/** Checks the current password under the sign-in limits (per account and address), then replaces it. */
export async function changePassword(
  db: Db,
  { userId, currentPassword, newPassword, address = null, now = new Date() }: ChangePassword & { userId: string; address?: string | null; now?: Date },
): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  const passwordHash = user?.passwordHash;
  if (!user || !passwordHash) throw new AppError("FORBIDDEN", "Your current password is not correct.");
  const valid = await limitPasswordAttempt(db, { account: user.email, address, now }, () => verifyPassword(passwordHash, currentPassword));
  if (!valid) throw new AppError("FORBIDDEN", "Your current password is not correct.");
  const passwordHashNew = await hashPassword(newPassword);
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash: passwordHashNew, sessionsValidAfter: now } }),
    db.session.deleteMany({ where: { userId } }),
  ]);
}
