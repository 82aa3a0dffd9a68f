"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { ReviewHeatmap } from "@/components/stats/review-heatmap";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { ReviewStats } from "@/lib/data/reviews-stats";

// Loaded on demand: recharts would otherwise more than double this page's first-load JavaScript.
const ForecastChart = dynamic(() => import("@/components/stats/stats-charts").then((module) => module.ForecastChart), {
  ssr: false,
  loading: () => <div className="h-64 animate-pulse rounded bg-muted" />,
});
const CardStateChart = dynamic(() => import("@/components/stats/stats-charts").then((module) => module.CardStateChart), {
  ssr: false,
  loading: () => <div className="h-56 animate-pulse rounded bg-muted" />,
});

const percent = (value: number) => `${Math.round(value * 1000) / 10}%`;

export function StatsPageClient({ stats }: { stats: ReviewStats }) {
  const { retention } = stats;
  return (
    <section className="space-y-6" aria-labelledby="stats-title">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 id="stats-title" className="text-2xl font-semibold">
          Stats
        </h1>
        <Link href="/settings/schedule" className="text-sm text-primary underline">
          Schedule settings
        </Link>
      </div>
      {stats.totalReviews === 0 && (
        <EmptyState title="No reviews yet" action={<Link href="/review" className={buttonClasses("primary")}>Start reviewing</Link>}>
          Your charts fill in as you review flashcards.
        </EmptyState>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        <Card>
          <p className="text-sm text-muted-fg">Streak</p>
          <p className="text-3xl font-semibold tabular-nums">
            {stats.streak} {stats.streak === 1 ? "day" : "days"}
          </p>
        </Card>
        <Card>
          <p className="text-sm text-muted-fg">Reviews in all</p>
          <p className="text-3xl font-semibold tabular-nums">{stats.totalReviews}</p>
        </Card>
        <Card>
          <p className="text-sm text-muted-fg">True retention (30 days)</p>
          <p className="text-3xl font-semibold tabular-nums">{retention.rate === null ? "—" : percent(retention.rate)}</p>
          <p className="text-sm text-muted-fg">
            target {percent(retention.target)}
            {retention.rate !== null && ` · ${retention.rate >= retention.target ? "on or above target" : "below target"} · ${retention.count} mature reviews`}
            {retention.rate === null && " · needs reviews of cards past learning"}
          </p>
        </Card>
      </div>
      <Card className="space-y-2">
        <h2 className="text-lg font-semibold">Reviews per day</h2>
        <ReviewHeatmap heatmap={stats.heatmap} today={stats.today} />
      </Card>
      <Card className="space-y-2">
        <h2 className="text-lg font-semibold">Due in the next 30 days</h2>
        <ForecastChart forecast={stats.forecast} />
      </Card>
      <Card className="space-y-2">
        <h2 className="text-lg font-semibold">Cards by state</h2>
        <CardStateChart cardsByState={stats.cardsByState} />
      </Card>
    </section>
  );
}
