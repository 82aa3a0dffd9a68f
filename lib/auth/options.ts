import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { Db } from "@/lib/db/client";
import { toPublicError } from "@/lib/http/public-error";
import { safeRedirectUrl } from "@/lib/utils/safe-redirect";
import { clientAddressFromHeaders } from "./client-address";
import { authenticate } from "./credentials";
import { endSession, liveUserForToken, SessionRevokedError, startSession } from "./revocation";

export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

/** next-auth options: credentials sign-in, JWT sessions re-checked against the database on every request. */
export function createAuthOptions(db: Db): NextAuthOptions {
  return {
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          try {
            return await authenticate({ db, credentials, ip: clientAddressFromHeaders(req?.headers), now: new Date() });
          } catch (error) {
            // next-auth shows the thrown message as the sign-in error; keep it to our safe messages.
            throw new Error(toPublicError(error, "Sign-in failed").message);
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.role = (user as { role?: string }).role ?? "STUDENT";
          token.authTime = Date.now();
          token.sid = await startSession(db, { userId: user.id, maxAgeS: SESSION_MAX_AGE_S, now: new Date() });
          return token;
        }
        if (!token.sub || typeof token.authTime !== "number" || typeof token.sid !== "string") throw new SessionRevokedError();
        const live = await liveUserForToken(db, { userId: token.sub, sid: token.sid, authTime: token.authTime, now: new Date() });
        token.role = live.role;
        token.name = live.name;
        token.email = live.email;
        return token;
      },
      redirect({ url, baseUrl }) {
        return safeRedirectUrl(url, baseUrl);
      },
      async session({ session, token }) {
        session.user = { id: token.sub!, name: token.name ?? null, email: token.email ?? "", role: token.role };
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        await endSession(db, token?.sid);
      },
    },
    logger: {
      error(code, metadata) {
        const revoked = metadata instanceof SessionRevokedError || (metadata as { error?: unknown })?.error instanceof SessionRevokedError;
        if (!revoked) console.error(`[next-auth] ${code}`, metadata);
      },
      warn(code) {
        if (code !== "DEBUG_ENABLED") console.warn(`[next-auth] ${code}`);
      },
    },
  };
}
