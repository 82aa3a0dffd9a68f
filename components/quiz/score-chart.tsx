"use client";

import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ScorePoint = { label: string; percent: number };

/** Scores over time for one deck; loaded on demand (recharts stays out of every other page's JavaScript). */
export function ScoreChart({ points }: { points: ScorePoint[] }) {
  return (
    <ResponsiveContainer width="100%" height={128}>
      <LineChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 12, bottom: 0, left: -20 }}>
        <XAxis dataKey="label" tick={{ fontSize: 11 }} stroke="currentColor" />
        <YAxis domain={[0, 100]} ticks={[0, 50, 100]} tick={{ fontSize: 11 }} stroke="currentColor" unit="%" />
        <Tooltip formatter={(value) => [`${value}%`, "Score"]} contentStyle={{ background: "var(--color-card)", border: "1px solid var(--color-border)" }} />
        <Line type="monotone" dataKey="percent" stroke="var(--color-primary)" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
