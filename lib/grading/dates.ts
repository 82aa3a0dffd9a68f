import { foldText } from "./normalize";

export type DateParts = { year?: number; month?: number; day?: number };

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const WEEKDAYS = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b/g;
const ORDINAL_DAYS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

function day(token: string | undefined): number | undefined {
  if (token === undefined) return undefined;
  const digits = /^(\d{1,2})(st|nd|rd|th)?$/.exec(token);
  const value = digits ? Number(digits[1]) : ORDINAL_DAYS[token];
  return value !== undefined && value >= 1 && value <= 31 ? value : undefined;
}

function year(token: string | undefined): number | undefined {
  return token !== undefined && /^\d{4}$/.test(token) ? Number(token) : undefined;
}

/**
 * Reads a whole answer as a calendar date: "Oct. 16", "October 16th, 2025", "16 October",
 * "the 16th of October", "August 2025", "2029-04-13". Anything else (a bare year included) is
 * not a date here: years are compared as numbers.
 */
export function parseDate(text: string): DateParts | null {
  const folded = foldText(text).trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(folded);
  if (iso) {
    const [, y, m, d] = iso.map(Number) as [number, number, number, number];
    return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? { year: y, month: m, day: d } : null;
  }
  const tokens = folded
    .replace(WEEKDAYS, " ")
    .replace(/[.,]/g, " ")
    .split(/\s+/)
    .filter((token) => token && !["the", "of", "on", "in"].includes(token));
  const [a, b, c, extra] = tokens;
  if (extra !== undefined || a === undefined) return null;
  const monthFirst = MONTHS[a];
  if (monthFirst !== undefined) {
    if (b === undefined) return null;
    const d = day(b);
    if (d !== undefined) {
      if (c === undefined) return { month: monthFirst, day: d };
      const y = year(c);
      return y === undefined ? null : { year: y, month: monthFirst, day: d };
    }
    const y = year(b);
    return y !== undefined && c === undefined ? { year: y, month: monthFirst } : null;
  }
  const d = day(a);
  const monthSecond = b === undefined ? undefined : MONTHS[b];
  if (d === undefined || monthSecond === undefined) return null;
  if (c === undefined) return { month: monthSecond, day: d };
  const y = year(c);
  return y === undefined ? null : { year: y, month: monthSecond, day: d };
}

/**
 * Whether a learner's date names the same day as one of the accepted forms. A year the learner
 * gives must agree with every accepted form that has one; leaving it out is fine when the day
 * and month are asked, not when only a month and year are.
 */
export function sameDate(response: DateParts, accepted: DateParts[]): boolean {
  if (response.year !== undefined && accepted.some((key) => key.year !== undefined && key.year !== response.year)) return false;
  return accepted.some((key) => {
    if (key.month !== response.month || key.day !== response.day) return false;
    if (response.year === undefined) return key.day !== undefined || key.year === undefined;
    return true;
  });
}
