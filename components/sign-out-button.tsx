"use client";

import { signOut } from "next-auth/react";
import { buttonClasses } from "@/components/ui/button";

export function SignOutButton() {
  return (
    <button type="button" className={buttonClasses("ghost")} onClick={() => signOut({ callbackUrl: "/login" })}>
      Sign out
    </button>
  );
}
