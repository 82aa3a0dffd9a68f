import { fsrs, generatorParameters, Rating, State, type Card, type FSRS, type Grade, type ReviewLog } from "ts-fsrs";
import { formatInterval } from "./interval-label";
import { LEECH_LAPSES, type SrsSettings } from "./settings";

export { Rating, State };
export type { Card, Grade, ReviewLog };

export type SchedulerOptions = {
  /** spread due dates a little so cards learned together do not stay together; off in tests */
  fuzz: boolean;
};

export type ReviewOutcome = {
  card: Card;
  /** ts-fsrs's log of the review: the card's state before it, which rollback needs */
  log: ReviewLog;
  /** this rating made the fact a leech: tag and suspend it, and tell the learner */
  becameLeech: boolean;
};

const cache = new Map<string, FSRS>();

/** A ts-fsrs scheduler for these settings (memoised: settings rarely change). */
export function schedulerFor(settings: SrsSettings, { fuzz }: SchedulerOptions): FSRS {
  const key = JSON.stringify([settings.desiredRetention, settings.maximumIntervalDays, settings.learningSteps, settings.relearningSteps, settings.weights, fuzz]);
  let scheduler = cache.get(key);
  if (!scheduler) {
    scheduler = fsrs(
      generatorParameters({
        request_retention: settings.desiredRetention,
        maximum_interval: settings.maximumIntervalDays,
        learning_steps: settings.learningSteps,
        relearning_steps: settings.relearningSteps,
        enable_fuzz: fuzz,
        enable_short_term: true,
        ...(settings.weights && { w: settings.weights }),
      }),
    );
    if (cache.size > 200) cache.clear();
    cache.set(key, scheduler);
  }
  return scheduler;
}

export function isGrade(value: number): value is Grade {
  return value === Rating.Again || value === Rating.Hard || value === Rating.Good || value === Rating.Easy;
}

/** Leeches are flagged at the threshold and again every half threshold after it, as Anki does. */
export function isLeechLapse(lapsesBefore: number, lapsesAfter: number): boolean {
  if (lapsesAfter <= lapsesBefore || lapsesAfter < LEECH_LAPSES) return false;
  return (lapsesAfter - LEECH_LAPSES) % Math.ceil(LEECH_LAPSES / 2) === 0;
}

/** The card after rating it `rating` at `now`. */
export function reviewCard(card: Card, rating: Grade, now: Date, settings: SrsSettings, options: SchedulerOptions): ReviewOutcome {
  const { card: next, log } = schedulerFor(settings, options).next(card, now, rating);
  return { card: next, log, becameLeech: isLeechLapse(card.lapses, next.lapses) };
}

/** The card as it was before the review that `log` records (ts-fsrs rollback). */
export function undoReview(card: Card, log: ReviewLog, settings: SrsSettings): Card {
  return schedulerFor(settings, { fuzz: false }).rollback(card, log);
}

export type IntervalPreview = Record<Grade, { due: Date; label: string }>;

/** What each rating would do, for the labels on the rating buttons ("10m", "3d"). */
export function previewIntervals(card: Card, now: Date, settings: SrsSettings, options: SchedulerOptions): IntervalPreview {
  const preview = schedulerFor(settings, options).repeat(card, now);
  const entry = (grade: Grade) => ({ due: preview[grade].card.due, label: formatInterval(now, preview[grade].card.due) });
  return { [Rating.Again]: entry(Rating.Again), [Rating.Hard]: entry(Rating.Hard), [Rating.Good]: entry(Rating.Good), [Rating.Easy]: entry(Rating.Easy) } as IntervalPreview;
}

/** Probability (0-1) that the learner still recalls the card at `now`; 1 for new cards. */
export function retrievability(card: Card, now: Date, settings: SrsSettings): number {
  if (card.state === State.New) return 1;
  return schedulerFor(settings, { fuzz: false }).get_retrievability(card, now, false);
}
