"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { signInWithCredentials, signOutOfServer } from "@/lib/auth/client";
import { changePasswordAction, signOutEverywhereAction, type SettingsActionState } from "./actions";

export function SettingsPageClient({ email, role }: { email: string; role: string }) {
  const [state, action, pending] = useActionState<SettingsActionState, FormData>(changePasswordAction, {});
  const newPassword = useRef("");
  const [signingOut, setSigningOut] = useState(false);

  useEffect(() => {
    // The password change revoked this session too; sign back in with the new password.
    if (state.ok) void signInWithCredentials({ email, password: newPassword.current });
  }, [state.ok, email]);

  async function signOutEverywhere() {
    setSigningOut(true);
    await signOutEverywhereAction();
    await signOutOfServer();
    window.location.assign("/login");
  }

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <Card className="space-y-1">
        <h2 className="text-lg font-semibold">Account</h2>
        <p className="text-sm text-muted-fg">
          Signed in as {email} ({role.toLowerCase()}).
        </p>
      </Card>
      <Card>
        <form
          action={action}
          onSubmit={(event) => {
            newPassword.current = String(new FormData(event.currentTarget).get("newPassword") ?? "");
          }}
          className="max-w-md space-y-4"
          aria-labelledby="password-title"
          noValidate
        >
          <h2 id="password-title" className="text-lg font-semibold">
            Change password
          </h2>
          {state.ok ? (
            <p role="status" className="text-sm text-success">
              {state.message}
            </p>
          ) : (
            <FormAlert message={state.message} />
          )}
          <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" required maxLength={128} errors={state.errors?.currentPassword} />
          <Field label="New password" name="newPassword" type="password" autoComplete="new-password" required minLength={8} maxLength={128} hint="8 to 128 characters; common passwords are refused." errors={state.errors?.newPassword} />
          <Button type="submit" disabled={pending}>
            {pending ? "Changing…" : "Change password"}
          </Button>
        </form>
      </Card>
      <Card className="space-y-1">
        <h2 className="text-lg font-semibold">Review schedule</h2>
        <p className="text-sm text-muted-fg">
          Desired retention, daily limits, your time zone and when your day starts.{" "}
          <Link href="/settings/schedule" className="text-primary underline">
            Change the review schedule
          </Link>
        </p>
      </Card>
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">Sessions</h2>
        <p className="text-sm text-muted-fg">Signs you out on every device and browser, including this one.</p>
        <Button variant="danger" onClick={signOutEverywhere} disabled={signingOut}>
          {signingOut ? "Signing out…" : "Sign out everywhere"}
        </Button>
      </Card>
    </div>
  );
}
