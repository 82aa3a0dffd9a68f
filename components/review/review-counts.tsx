export function ReviewCounts({ counts }: { counts: { new: number; learning: number; review: number } }) {
  const items = [
    { label: "New", value: counts.new },
    { label: "Learning", value: counts.learning },
    { label: "To review", value: counts.review },
  ];
  return (
    <dl className="flex gap-6 text-sm" aria-label="Cards left">
      {items.map((item) => (
        <div key={item.label} className="flex gap-1">
          <dt className="text-muted-fg">{item.label}</dt>
          <dd className="font-semibold tabular-nums">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
