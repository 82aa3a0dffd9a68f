/**
 * CPU cost of resolving one signed-in request's session, in process, alternating the variants so
 * the machine's noise hits them alike: next-auth's getServerSession (what lib/auth.ts used) against
 * resolveSession (what it uses), the token's decryption on every call against once per token, and the per-request re-check on the direct read path (what it
 * uses) against the same SQL through Prisma's `$queryRaw` and the same check through Prisma's
 * query builder.
 * `npm run bench:session`
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getServerSession } from "next-auth";
import { encode, type JWT } from "next-auth/jwt";
import { createAuthOptions } from "@/lib/auth/options";
import { liveUserForToken } from "@/lib/auth/revocation";
import { resolveSession } from "@/lib/auth/session";
import { decodeSessionToken, decryptSessionToken } from "@/lib/auth/session-token";
import { createUser } from "@/lib/data/users";
import { createPrisma, type Db } from "@/lib/db/client";
import { createSafeSqliteAdapter } from "@/lib/db/sqlite-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { compareCpu } from "./cpu-variants";

const SECRET = "bench-session-secret-0123456789-abcdefghij";
/** The re-check as Prisma's query builder writes it (the form lib/auth/revocation.ts had before). */
async function liveUserThroughPrisma(db: Db, { userId, sid, now }: { userId: string; sid: string; now: Date }) {
  const user = await db.user.findUnique({
    where: { id: userId, sessions: { some: { sessionToken: sid, expires: { gt: now } } } },
    select: { id: true, email: true, name: true, role: true, sessionsValidAfter: true, disabledAt: true },
  });
  if (!user) throw new Error("expected a live user");
  return user;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factdeck-bench-session-"));
  const url = `file:${path.join(dir, "bench.db")}`;
  const { migrate } = await import("../scripts/migrate");
  migrate(url);
  const db = createPrisma(url);
  // Without createPrisma's direct reader, readRows goes through $queryRaw.
  const prismaOnly = new PrismaClient({ adapter: createSafeSqliteAdapter(url) });
  process.env.NEXTAUTH_URL = "http://127.0.0.1:3400";
  try {
    const options = { ...createAuthOptions(db), secret: SECRET };
    const user = await createUser(db, { name: "Bench", email: "bench@example.com", password: "bench-password-long-enough", isTeacher: false });
    const token = (await options.callbacks!.jwt!({ token: { name: user.name, email: user.email } as JWT, user: { ...user }, account: null } as never)) as JWT;
    const cookie = await encode({ token, secret: SECRET });
    const req = { headers: {}, cookies: { "next-auth.session-token": cookie } };
    const res = { getHeader: () => undefined, setCookie: () => undefined, setHeader: () => undefined };
    const variants: Record<string, () => Promise<unknown>> = {
      "getServerSession (next-auth)": () => getServerSession(req as never, res as never, options),
      "resolveSession (lib/auth/session.ts)": () => resolveSession(options, { token: cookie, secret: SECRET }),
      "token decrypted on every call (decryptSessionToken)": () => decryptSessionToken(cookie, SECRET),
      "token decrypted once, then from the map (decodeSessionToken)": () => decodeSessionToken(cookie, SECRET),
      "re-check through Prisma's query builder": () => liveUserThroughPrisma(db, { userId: user.id, sid: token.sid!, now: new Date() }),
      "re-check as SQL through $queryRaw": () => liveUserForToken(prismaOnly, { userId: user.id, sid: token.sid!, authTime: token.authTime!, now: new Date() }),
      "re-check as SQL on the direct read path (lib/auth/revocation.ts)": () => liveUserForToken(db, { userId: user.id, sid: token.sid!, authTime: token.authTime!, now: new Date() }),
    };
    await compareCpu("Session resolution", "call", variants);
  } finally {
    await Promise.all([db.$disconnect(), prismaOnly.$disconnect()]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:session failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
