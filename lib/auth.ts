import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createAuthOptions } from "./auth/options";

export const authOptions = createAuthOptions(db);

export type SessionUser = { id: string; name: string | null; email: string; role: string };

// Cached per request: the layout and the page both ask, and each ask re-checks the database.
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
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
