import { clsx } from "clsx";
import { RATINGS, type Rating } from "./review-types";

export function RatingButtons({ intervals, onRate }: { intervals: Record<Rating, string>; onRate: (rating: Rating) => void }) {
  return (
    <div className="grid grid-cols-2 gap-2 pt-2 sm:grid-cols-4" role="group" aria-label="How well did you remember?">
      {RATINGS.map(({ rating, label, tone }) => (
        <button
          key={rating}
          type="button"
          onClick={() => onRate(rating)}
          aria-keyshortcuts={String(rating)}
          title={`${label}: next review in ${intervals[rating]} (key ${rating})`}
          className={clsx("flex min-h-14 flex-col items-center justify-center rounded-md border-2 bg-card px-3 py-2 text-sm font-medium hover:bg-muted", tone)}
        >
          <span>
            {label} <kbd className="text-xs text-muted-fg">({rating})</kbd>
          </span>
          <span className="text-xs text-fg">{intervals[rating]}</span>
        </button>
      ))}
    </div>
  );
}
