import type { Metadata } from "next";
import { ComingSoon } from "@/components/coming-soon";
import { requireUser } from "@/lib/auth";

export const metadata: Metadata = { title: "Stats" };

export default async function StatsPage() {
  await requireUser("/stats");
  return <ComingSoon title="Stats">See how your memory of each deck grows over time.</ComingSoon>;
}
