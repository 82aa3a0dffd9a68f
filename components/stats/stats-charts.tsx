"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** Due cards per day for the next 30 days; each bar carries its number, so colour is never needed to read it. */
export function ForecastChart({ forecast }: { forecast: { day: string; count: number }[] }) {
  const data = forecast.map((entry) => ({ ...entry, label: entry.day.slice(5) }));
  return (
    <div className="h-64 w-full" role="img" aria-label={`Cards due over the next 30 days: ${forecast.reduce((sum, entry) => sum + entry.count, 0)} in all, ${forecast[0]?.count ?? 0} today`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 16, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={4} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip formatter={(value) => [`${value} cards`, "Due"]} labelFormatter={(label) => `Day ${label}`} />
          <Bar dataKey="count" fill="var(--color-primary)" isAnimationActive={false}>
            <LabelList dataKey="count" position="top" fontSize={10} formatter={(value: unknown) => (Number(value) > 0 ? String(value) : "")} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function CardStateChart({ cardsByState }: { cardsByState: { state: string; count: number }[] }) {
  return (
    <div className="h-56 w-full" role="img" aria-label={`Cards by state: ${cardsByState.map((entry) => `${entry.state} ${entry.count}`).join(", ")}`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={cardsByState} layout="vertical" margin={{ top: 0, right: 32, bottom: 0, left: 24 }}>
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="state" tick={{ fontSize: 12 }} width={80} />
          <Bar dataKey="count" fill="var(--color-primary)" isAnimationActive={false}>
            <LabelList dataKey="count" position="right" fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
