"use client";

import { useState } from "react";
import { buttonClasses } from "@/components/ui/button";

/**
 * next-auth's sign-out endpoint called directly, as next-auth/react's signOut calls it: importing
 * next-auth/react here put its whole client into the layout chunk that every page loads.
 */
async function signOut(): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/login", json: "true" }),
  });
  if (!response.ok) throw new Error(`sign-out failed: HTTP ${response.status}`);
}

export function SignOutButton() {
  const [state, setState] = useState<"idle" | "pending" | "failed">("idle");
  async function onClick() {
    setState("pending");
    try {
      await signOut();
      window.location.assign("/login");
    } catch {
      setState("failed");
    }
  }
  return (
    <>
      <button type="button" className={buttonClasses("ghost")} onClick={onClick} disabled={state === "pending"}>
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
