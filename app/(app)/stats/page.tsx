import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { getReviewStats } from "@/lib/data/reviews-stats";
import { db } from "@/lib/db";
import { StatsPageClient } from "./page-client";

export const metadata: Metadata = { title: "Stats" };
export const dynamic = "force-dynamic";

export default async function StatsPage() {
  const user = await requireUser("/stats");
  return <StatsPageClient stats={await getReviewStats(db, { userId: user.id, now: new Date() })} />;
}
