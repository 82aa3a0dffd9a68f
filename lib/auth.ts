import "server-only";
import { getServerSession } from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createAuthOptions } from "./auth/options";
import { resolveSession } from "./auth/session";
import { sessionCookieName, sessionTokenFrom, usesSecureCookies } from "./auth/session-token";

export const authOptions = createAuthOptions(db);

export type SessionUser = { id: string; name: string | null; email: string; role: string };

// Cached per request: the layout and the page both ask; one decode and one database re-check per request.
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const secret = authOptions.secret ?? process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  // Without a configured secret next-auth derives one itself; leave that case to it.
  if (!secret) return (await getServerSession(authOptions))?.user ?? null;
  const secure = usesSecureCookies(process.env, (await headers()).get("x-forwarded-proto"), authOptions.useSecureCookies);
  const name = sessionCookieName({ secure, configured: authOptions.cookies?.sessionToken?.name });
  const token = sessionTokenFrom((await cookies()).getAll(), name);
  if (!token) return null;
  const session = await resolveSession(authOptions, { token, secret });
  return session?.user ?? null;
});

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(callbackUrl = "/"): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return user;
}

/** For server actions and route handlers: the signed-in user, or an UNAUTHORIZED AppError. */
export async function requireSessionUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHORIZED", "Unauthorized: sign in required.");
  return user;
}
