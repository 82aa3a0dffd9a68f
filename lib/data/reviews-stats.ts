import "server-only";
import type { Db } from "@/lib/db/client";
import { shiftDayKey, studyDayAt, studyDayKey, studyStreak, trueRetention } from "@/lib/srs";
import { getSrsSettings } from "./srs-settings";

export type ReviewStats = {
  today: string;
  /** reviews per study day over the last 365 days (only days with reviews) */
  heatmap: { day: string; count: number }[];
  /** cards coming due on each of the next 30 days (overdue cards count today) */
  forecast: { day: string; count: number }[];
  retention: { rate: number | null; count: number; target: number };
  cardsByState: { state: "New" | "Learning" | "Review" | "Relearning" | "Suspended"; count: number }[];
  streak: number;
  totalReviews: number;
};

const DAY_MS = 86_400_000;
const STATE_NAMES = ["New", "Learning", "Review", "Relearning"] as const;

/** A learner's review statistics, by their own study days. */
export async function getReviewStats(db: Db, { userId, now }: { userId: string; now: Date }): Promise<ReviewStats> {
  const settings = await getSrsSettings(db, { userId });
  const day = (instant: Date) => studyDayKey(instant, settings.timeZone, settings.dayStartHour);
  const today = studyDayAt(now, settings.timeZone, settings.dayStartHour);
  const counted = { userId, undoneAt: null, source: { in: ["REVIEW", "QUIZ"] } };
  const [logs, upcoming, states, suspended, totalReviews] = await Promise.all([
    db.reviewLog.findMany({ where: { ...counted, reviewedAt: { gte: new Date(now.getTime() - 366 * DAY_MS) } }, select: { reviewedAt: true, rating: true, state: true } }),
    db.cardState.findMany({ where: { userId, suspended: false, state: { not: 0 }, due: { lt: new Date(today.end.getTime() + 30 * DAY_MS) } }, select: { due: true } }),
    db.cardState.groupBy({ by: ["state"], where: { userId, suspended: false }, _count: { _all: true } }),
    db.cardState.count({ where: { userId, suspended: true } }),
    db.reviewLog.count({ where: counted }),
  ]);

  const perDay = new Map<string, number>();
  for (const log of logs) perDay.set(day(log.reviewedAt), (perDay.get(day(log.reviewedAt)) ?? 0) + 1);

  const forecastDays = Array.from({ length: 30 }, (_, index) => shiftDayKey(today.key, index));
  const dueByDay = new Map(forecastDays.map((key) => [key, 0]));
  for (const card of upcoming) {
    const key = card.due < today.end ? today.key : day(card.due);
    if (dueByDay.has(key)) dueByDay.set(key, dueByDay.get(key)! + 1);
  }

  const monthAgo = now.getTime() - 30 * DAY_MS;
  const retention = trueRetention(logs.filter((log) => log.reviewedAt.getTime() >= monthAgo).map((log) => ({ rating: log.rating, stateBefore: log.state })));
  const countOf = (state: number) => states.find((row) => row.state === state)?._count._all ?? 0;

  return {
    today: today.key,
    heatmap: [...perDay.entries()].map(([key, count]) => ({ day: key, count })).sort((a, b) => a.day.localeCompare(b.day)),
    forecast: forecastDays.map((key) => ({ day: key, count: dueByDay.get(key) ?? 0 })),
    retention: { ...retention, target: settings.desiredRetention },
    cardsByState: [...STATE_NAMES.map((name, state) => ({ state: name, count: countOf(state) })), { state: "Suspended" as const, count: suspended }],
    streak: studyStreak(new Set(perDay.keys()), today.key),
    totalReviews,
  };
}
