import type { Metadata } from "next";
import { JoinForm } from "@/components/classes/join-form";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth";
import { joinClassAction } from "./actions";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinPage() {
  await requireUser("/join");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Join a class</h1>
      <Card>
        <JoinForm action={joinClassAction} />
      </Card>
    </div>
  );
}
