import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { SignedOutShell } from "@/components/signed-out-shell";
import { getSessionUser } from "@/lib/auth";

/** The frame of an address that matches no page: the app's header for a signed-in user, Sign in for anyone else. */
export default async function MissingLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser().catch(() => null);
  return user ? <AppShell user={user}>{children}</AppShell> : <SignedOutShell>{children}</SignedOutShell>;
}
