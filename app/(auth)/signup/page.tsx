import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth";
import { safeCallbackPath } from "@/lib/utils/safe-redirect";
import { SignUpForm } from "./signup-form";

export const metadata: Metadata = { title: "Create an account" };

type SignUpPageProps = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function SignUpPage({ searchParams }: SignUpPageProps) {
  const { callbackUrl } = await searchParams;
  // e.g. a class join link: the new account lands back on it
  const target = safeCallbackPath(Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl);
  if (await getSessionUser()) redirect(target);
  return <SignUpForm callbackUrl={target} />;
}
