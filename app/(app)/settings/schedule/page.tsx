import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { getSrsSettings } from "@/lib/data/srs-settings";
import { countOptimizableReviews, MIN_REVIEWS_TO_OPTIMIZE } from "@/lib/data/srs-settings-optimize";
import { db } from "@/lib/db";
import { SchedulePageClient } from "./page-client";

export const metadata: Metadata = { title: "Schedule settings" };
export const dynamic = "force-dynamic";

export default async function SchedulePage() {
  const user = await requireUser("/settings/schedule");
  const [settings, reviewCount] = await Promise.all([getSrsSettings(db, { userId: user.id }), countOptimizableReviews(db, { userId: user.id })]);
  return (
    <SchedulePageClient
      settings={{ ...settings, weightsUpdatedAt: settings.weightsUpdatedAt?.toISOString() ?? null }}
      reviewCount={reviewCount}
      minReviews={MIN_REVIEWS_TO_OPTIMIZE}
      timeZones={Intl.supportedValuesOf("timeZone")}
    />
  );
}
