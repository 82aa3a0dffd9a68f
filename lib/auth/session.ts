import type { NextAuthOptions, Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { decodeSessionToken } from "./session-token";

const DEFAULT_MAX_AGE_S = 30 * 24 * 60 * 60;

/**
 * The session `getServerSession(options)` returns for this token in a server component or route
 * handler, without the work it throws away there: next-auth also re-encrypts the token (deriving
 * its key a second time) for a cookie that a server component cannot set. The jwt and session
 * callbacks run as in next-auth's session route, so the per-request re-check (session id, sign
 * out everywhere, disabled user) is the same; a failing re-check means no session.
 */
export async function resolveSession(
  options: NextAuthOptions,
  { token, secret, now = Date.now() }: { token: string; secret: string; now?: number },
): Promise<Session | null> {
  const decoded = await decodeSessionToken(token, secret);
  if (!decoded) return null;
  try {
    const jwt = options.callbacks?.jwt;
    const refreshed: JWT = jwt ? await jwt({ token: decoded, user: undefined, account: null } as never) : decoded;
    const expires = new Date(now + (options.session?.maxAge ?? DEFAULT_MAX_AGE_S) * 1000).toISOString();
    const session = { user: { name: decoded.name, email: decoded.email, image: decoded.picture }, expires };
    return ((options.callbacks?.session ? await options.callbacks.session({ session, token: refreshed } as never) : session) as Session) ?? null;
  } catch (error) {
    options.logger?.error?.("JWT_SESSION_ERROR", error as Error);
    return null;
  }
}
