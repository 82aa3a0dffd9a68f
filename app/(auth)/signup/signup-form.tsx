"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { signUpAction, type SignUpState } from "./actions";
import { signInWithCredentials } from "@/lib/auth/client";

export function SignUpForm({ callbackUrl = "/" }: { callbackUrl?: string }) {
  const [state, action, pending] = useActionState<SignUpState, FormData>(signUpAction, {});
  // React resets the form after the action, so keep what was typed to sign in with it.
  const submitted = useRef({ email: "", password: "" });

  useEffect(() => {
    if (!state.ok) return;
    void signInWithCredentials(submitted.current).then((result) => window.location.assign(result.error ? "/login" : callbackUrl));
  }, [state.ok, callbackUrl]);

  return (
    <form
      action={action}
      onSubmit={(event) => {
        const form = new FormData(event.currentTarget);
        submitted.current = { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
      }}
      className="space-y-4" aria-labelledby="signup-title" noValidate>
      <h2 id="signup-title" className="text-xl font-semibold">
        Create an account
      </h2>
      <FormAlert message={state.ok ? null : state.message} />
      <Field label="Name" name="name" autoComplete="name" required maxLength={100} defaultValue={state.values?.name} errors={state.errors?.name} />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        defaultValue={state.values?.email}
        errors={state.errors?.email}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        hint="8 to 128 characters; common passwords are refused."
        errors={state.errors?.password}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="isTeacher" defaultChecked={state.values?.isTeacher} className="size-4" />I am a teacher
      </label>
      <Button type="submit" className="w-full" disabled={pending || state.ok}>
        {pending || state.ok ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-sm text-muted-fg">
        Already have an account?{" "}
        <Link href={callbackUrl === "/" ? "/login" : `/login?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-primary underline-offset-2 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
