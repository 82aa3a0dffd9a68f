import type { Metadata } from "next";
import { ReviewSession } from "@/components/review/review-session";
import { requireUser } from "@/lib/auth";
import { getReviewSession } from "@/lib/data/reviews-queue";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Review" };
export const dynamic = "force-dynamic";

export default async function ReviewPage() {
  const user = await requireUser("/review");
  const session = await getReviewSession(db, { userId: user.id, now: new Date() });
  return <ReviewSession initial={session} />;
}
