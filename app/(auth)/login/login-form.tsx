"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { signInWithCredentials } from "@/lib/auth/client";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signInWithCredentials({
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    if (result.error) {
      setPending(false);
      setError(result.error !== "CredentialsSignin" ? result.error : "Incorrect email or password.");
      return;
    }
    // A full navigation: router.push sometimes reuses a cached pre-sign-in redirect.
    window.location.assign(callbackUrl);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-labelledby="login-title" noValidate>
      <h2 id="login-title" className="text-xl font-semibold">
        Sign in
      </h2>
      <FormAlert message={error} />
      <Field label="Email" name="email" type="email" autoComplete="email" required maxLength={254} />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required maxLength={128} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-sm text-muted-fg">
        New to Factdeck?{" "}
        <Link href={callbackUrl === "/" ? "/signup" : `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-primary underline-offset-2 hover:underline">
          Create an account
        </Link>
      </p>
    </form>
  );
}
