import type { Metadata } from "next";
import { ComingSoon } from "@/components/coming-soon";
import { requireUser } from "@/lib/auth";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  await requireUser("/review");
  return <ComingSoon title="Review">Review the facts you have learned on a spaced-repetition schedule, one key per answer.</ComingSoon>;
}
