import type { Metadata } from "next";
import Link from "next/link";
import { JoinForm } from "@/components/classes/join-form";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getSessionUser } from "@/lib/auth";
import { previewJoin } from "@/lib/data/classes";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { joinCodeSchema } from "@/lib/validations/classes";
import { joinClassAction } from "../actions";

export const metadata: Metadata = { title: "Join a class" };

type Props = { params: Promise<{ code: string }> };

export default async function JoinLinkPage({ params }: Props) {
  const { code: raw } = await params;
  const parsed = joinCodeSchema.safeParse(decodeURIComponent(raw).slice(0, 64));
  const here = `/join/${encodeURIComponent(raw)}`;
  const user = await getSessionUser();

  if (!user) {
    // The class is not named to someone signed out: the code alone should not reveal it.
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Join a class</h1>
        <Card className="space-y-3">
          <p>Sign in, or create an account, to join your teacher&apos;s class. You come straight back here.</p>
          <div className="flex flex-wrap gap-2">
            <Link href={`/signup?callbackUrl=${encodeURIComponent(here)}`} className={buttonClasses("primary")}>
              Create an account
            </Link>
            <Link href={`/login?callbackUrl=${encodeURIComponent(here)}`} className={buttonClasses("secondary")}>
              Sign in
            </Link>
          </div>
        </Card>
      </div>
    );
  }

  let preview;
  let problem: string | null = parsed.success ? null : "This join link is not valid.";
  if (parsed.success) {
    try {
      preview = await previewJoin(db, { userId: user.id, code: parsed.data });
    } catch (error) {
      if (!isAppError(error)) throw error;
      problem = error.message;
    }
  }

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Join a class</h1>
      <Card className="space-y-3">
        {problem || !preview || !parsed.success ? (
          <>
            <p role="alert" className="text-danger">
              {problem}
            </p>
            <Link href="/join" className={buttonClasses("secondary")}>
              Enter a code instead
            </Link>
          </>
        ) : preview.isTeacher ? (
          <p>
            You teach <strong>{preview.name}</strong>. Share this link with your students. <Link href={`/classes/${preview.id}`} className="text-primary underline">Open the class</Link>
          </p>
        ) : preview.alreadyMember ? (
          <p>
            You are already in <strong>{preview.name}</strong>. <Link href={`/classes/${preview.id}`} className="text-primary underline">Go to the class</Link>
          </p>
        ) : (
          <>
            <p>
              Join <strong>{preview.name}</strong>
              {preview.section && ` (${preview.section})`}, taught by {preview.teacherName}?
            </p>
            <JoinForm action={joinClassAction} code={parsed.data} submitLabel={`Join ${preview.name}`} />
          </>
        )}
      </Card>
    </div>
  );
}
