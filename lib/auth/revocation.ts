import type { Db } from "@/lib/db/client";

export class SessionRevokedError extends Error {
  constructor() {
    super("Session revoked");
    this.name = "SessionRevokedError";
  }
}

export type LiveUser = { id: string; email: string; name: string | null; role: string };

/**
 * The user behind a session token issued at `authTime`, or SessionRevokedError when the user
 * is gone, disabled, or signed out everywhere (or changed password) after the token was issued.
 */
export async function liveUserForToken(db: Db, userId: string, authTime: number): Promise<LiveUser> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, sessionsValidAfter: true, disabledAt: true },
  });
  if (!user || user.disabledAt || authTime < user.sessionsValidAfter.getTime()) throw new SessionRevokedError();
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
