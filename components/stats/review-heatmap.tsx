import { shiftDayKey } from "@/lib/srs/day";

const LEVELS = [
  { min: 0, className: "fill-muted", label: "none" },
  { min: 1, className: "fill-primary/30", label: "1-4" },
  { min: 5, className: "fill-primary/60", label: "5-19" },
  { min: 20, className: "fill-primary", label: "20+" },
];

function levelOf(count: number) {
  return [...LEVELS].reverse().find((level) => count >= level.min) ?? LEVELS[0]!;
}

/** Reviews per day over the last 26 weeks; each square's count is in its title and in the table below. */
export function ReviewHeatmap({ heatmap, today }: { heatmap: { day: string; count: number }[]; today: string }) {
  const counts = new Map(heatmap.map((entry) => [entry.day, entry.count]));
  const weeks = 26;
  const days = Array.from({ length: weeks * 7 }, (_, index) => shiftDayKey(today, index - (weeks * 7 - 1)));
  const size = 12;
  const recent = days.slice(-14).filter((key) => counts.has(key));
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${weeks * (size + 2)} ${7 * (size + 2)}`} className="w-full max-w-xl" role="img" aria-label={`Reviews per day over the last ${weeks} weeks: ${heatmap.reduce((sum, entry) => sum + entry.count, 0)} reviews on ${heatmap.length} days`}>
        {days.map((key, index) => {
          const count = counts.get(key) ?? 0;
          return (
            <rect key={key} x={Math.floor(index / 7) * (size + 2)} y={(index % 7) * (size + 2)} width={size} height={size} rx={2} className={levelOf(count).className} stroke={count > 0 ? "currentColor" : "none"} strokeOpacity={0.25}>
              <title>{`${key}: ${count} ${count === 1 ? "review" : "reviews"}`}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption className="flex flex-wrap items-center gap-3 text-xs text-muted-fg">
        <span>Reviews per day (darker = more):</span>
        {LEVELS.map((level) => (
          <span key={level.label} className="flex items-center gap-1">
            <svg width="12" height="12" aria-hidden="true">
              <rect width="12" height="12" rx="2" className={level.className} />
            </svg>
            {level.label}
          </span>
        ))}
      </figcaption>
      {recent.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer">Last two weeks as a table</summary>
          <table className="mt-2">
            <thead>
              <tr>
                <th scope="col" className="pr-4 text-left">Day</th>
                <th scope="col" className="text-right">Reviews</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((key) => (
                <tr key={key}>
                  <td className="pr-4">{key}</td>
                  <td className="text-right tabular-nums">{counts.get(key)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
