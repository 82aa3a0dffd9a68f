"use client";

import { useEffect, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { signOutOfServer } from "@/lib/auth/client";

export function SignOutButton() {
  const [state, setState] = useState<"idle" | "pending" | "failed">("idle");
  // Until the page is hydrated a click would do nothing; a disabled button says so instead of dropping it.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  async function onClick() {
    setState("pending");
    try {
      await signOutOfServer();
      window.location.assign("/login");
    } catch {
      setState("failed");
    }
  }
  return (
    <>
      <button type="button" className={buttonClasses("ghost")} onClick={onClick} disabled={!hydrated || state === "pending"}>
        Sign out
      </button>
      {state === "failed" && (
        <span role="alert" className="text-sm text-danger">
          Could not sign out; check your connection and try again.
        </span>
      )}
    </>
  );
}
