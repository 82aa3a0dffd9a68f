import { TZDate } from "@date-fns/tz";

export type StudyDay = {
  /** local calendar date of the study day, "YYYY-MM-DD" */
  key: string;
  start: Date;
  end: Date;
};

type LocalDate = { year: number; month: number; day: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function localParts(instant: Date, timeZone: string): LocalDate & { hour: number } {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour") };
}

function addDays({ year, month, day }: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** The instant of `hour`:00 local time on a local date (a DST gap slides it forward, as clocks do). */
function localInstant({ year, month, day }: LocalDate, hour: number, timeZone: string): Date {
  return new Date(new TZDate(year, month - 1, day, hour, 0, 0, 0, timeZone).getTime());
}

function keyOf({ year, month, day }: LocalDate): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The study day that contains `now` for a learner in `timeZone` whose day starts at
 * `dayStartHour` local time (so 2 am still belongs to yesterday when the day starts at 4).
 * Days are 23 or 25 hours long across daylight-saving changes.
 */
export function studyDayAt(now: Date, timeZone: string, dayStartHour: number): StudyDay {
  let date: LocalDate = localParts(now, timeZone);
  if (localInstant(date, dayStartHour, timeZone).getTime() > now.getTime()) date = addDays(date, -1);
  return {
    key: keyOf(date),
    start: localInstant(date, dayStartHour, timeZone),
    end: localInstant(addDays(date, 1), dayStartHour, timeZone),
  };
}

/** The key of the study day `days` after the one keyed `key` (calendar arithmetic, no time zone needed). */
export function shiftDayKey(key: string, days: number): string {
  const [year, month, day] = key.split("-").map(Number);
  return keyOf(addDays({ year: year!, month: month!, day: day! }, days));
}

/** The study-day key ("YYYY-MM-DD") an instant belongs to. */
export function studyDayKey(instant: Date, timeZone: string, dayStartHour: number): string {
  return studyDayAt(instant, timeZone, dayStartHour).key;
}

/** True when `timeZone` is an IANA name this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}
