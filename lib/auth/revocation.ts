import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { readRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";

export class SessionRevokedError extends Error {
  constructor() {
    super("Session revoked");
    this.name = "SessionRevokedError";
  }
}

export type LiveUser = { id: string; email: string; name: string | null; role: string };

/** Records a new server-side session for a sign-in and returns its id (kept in the JWT as `sid`). */
export async function startSession(db: Db, { userId, maxAgeS, now }: { userId: string; maxAgeS: number; now: Date }): Promise<string> {
  const sid = randomUUID();
  await db.session.create({ data: { sessionToken: sid, userId, expires: new Date(now.getTime() + maxAgeS * 1000) } });
  // Keeps the table bounded: a user's expired sessions go when they next sign in.
  await db.session.deleteMany({ where: { userId, expires: { lt: now } } });
  return sid;
}

/** Ends one session: its token, and every copy of it, is refused from the next request on. */
export async function endSession(db: Db, sid: string | undefined): Promise<void> {
  if (sid) await db.session.deleteMany({ where: { sessionToken: sid } });
}

type LiveUserRow = LiveUser & { sessionsValidAfter: Date; disabledAt: Date | null; expires: Date };

/**
 * The user behind a session token issued at `authTime`, or SessionRevokedError when the session
 * was signed out or expired, or the user is gone, disabled, or signed out everywhere (or changed
 * password) after the token was issued. One indexed query (Session.sessionToken is unique), in SQL
 * because it runs on every signed-in request and Prisma's per-query compilation cost several
 * times the query itself (docs/performance.md).
 */
export async function liveUserForToken(db: Db, { userId, sid, authTime, now }: { userId: string; sid: string; authTime: number; now: Date }): Promise<LiveUser> {
  const [user] = await readRows<LiveUserRow>(db, Prisma.sql`
    SELECT u."id", u."email", u."name", u."role", u."sessionsValidAfter", u."disabledAt", s."expires"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."sessionToken" = ${sid} AND u."id" = ${userId}`);
  if (!user || new Date(user.expires) <= now || user.disabledAt || authTime < new Date(user.sessionsValidAfter).getTime()) throw new SessionRevokedError();
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
