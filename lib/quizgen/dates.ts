import type { EntityType } from "./types";

export interface QuantitySpan {
  type: Extract<EntityType, "DATE" | "DURATION" | "NUMBER" | "MONEY" | "PERCENT">;
  start: number;
  end: number;
  text: string;
  /** DATE: day | month | year | week | decade | weekday; NUMBER: the counted noun if any. */
  subtype?: string;
  /** DATE: ISO date, month or year (resolved when possible); others: numeric value. */
  value?: string;
  /** The date was resolved against the publication date. */
  resolved?: boolean;
}

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];
const MONTH_ABBR: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000, dozen: 12,
};
export const SMALL_NUMBER_WORDS = Object.keys(NUMBER_WORDS).filter((w) => w !== "a" && w !== "an" && w !== "dozen");

const MONTH_RE = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const NUM_WORD_RE = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a|an|several|a few)";
const UNIT_RE = "(?:second|minute|hour|day|week|month|year|decade|century|centuries)";
const SCALE_RE = "(?:thousand|million|billion|trillion|bn|m)";

interface Pattern {
  re: RegExp;
  make: (m: RegExpExecArray, published?: Date) => Omit<QuantitySpan, "start" | "end" | "text"> | null;
}

const PATTERNS: Pattern[] = [
  {
    // "August 15, 2025", "Oct. 16", "October 16th"
    re: new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, "g"),
    make: (m, published) => dayDate(monthIndex(m[1] ?? ""), Number(m[2]), m[3] ? Number(m[3]) : undefined, published),
  },
  {
    // "16 October 2025"
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_RE})(?:,?\\s+(\\d{4}))?\\b`, "g"),
    make: (m, published) => dayDate(monthIndex(m[2] ?? ""), Number(m[1]), m[3] ? Number(m[3]) : undefined, published),
  },
  {
    re: new RegExp(`\\b(January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+of)?\\s+(\\d{4})\\b`, "g"),
    make: (m) => ({ type: "DATE", subtype: "month", value: `${m[2]}-${pad(monthIndex(m[1] ?? ""))}` }),
  },
  {
    re: /\b(?:the\s+)?((?:1[5-9]|20)\d0)s\b/g,
    make: (m) => ({ type: "DATE", subtype: "decade", value: `${m[1]}s` }),
  },
  {
    re: /\b(yesterday|today|tomorrow|(?:last|next|this|the following|the previous|the coming)\s+(?:week|month|year|weekend))\b/gi,
    make: (m, published) => relativeDate((m[1] ?? "").toLowerCase(), published),
  },
  {
    re: new RegExp(`\\b(?:on\\s+)?(${WEEKDAYS.join("|")})\\b`, "g"),
    make: (m, published) => weekday(m[1] ?? "", published),
  },
  {
    // Clock times and race times: "9:15 a.m.", "2:02:00".
    re: /(?<![\d:.,])\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.m\.)?(?![\d:])/gi,
    // A clock time ("9:15 a.m.") and a race time ("2:02:00") are never options for each other.
    make: (m) => ({ type: "NUMBER", subtype: /[ap]\.m\./i.test(m[0]) || !/:\d{2}:\d{2}/.test(m[0]) ? "clock" : "elapsed" }),
  },
  {
    // "two-and-a-half-hour", "80 years", "800,000 years", "90-minute", "a decade"
    re: new RegExp(
      `(?<![\\w.,-])((?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${NUM_WORD_RE})(?:\\s(?:thousand|million|billion))?(?:[- ]and[- ]a[- ]half)?)[- ](${UNIT_RE})s?\\b(?!-old)`,
      "gi",
    ),
    make: (m) => ({ type: "DURATION", subtype: (m[2] ?? "").toLowerCase().replace("centuries", "century"), value: numericValue(m[1] ?? "") }),
  },
  {
    re: new RegExp(`(?:[$€£¥]\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?${SCALE_RE}\\b)?|\\b\\d[\\d,]*(?:\\.\\d+)?\\s?(?:${SCALE_RE}\\s)?(?:dollars|euros|pounds|yen)\\b)`, "gi"),
    make: (m) => ({ type: "MONEY", value: numericValue(m[0]) }),
  },
  {
    re: /(?<![\d,.])\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)/gi,
    make: (m) => ({ type: "PERCENT", value: numericValue(m[0]) }),
  },
  {
    re: /(?<![\d,.:$€£-])((?:1[5-9]|20)\d\d)(?![\d%:]|[,.]\d|-(?:meters?|metres?|kilometers?|km|miles?)\b|\s(?:metres|meters|kilometres|km|people|euros|dollars|feet|miles|tonnes|runners))/g,
    // "a survey of 1709 schoolchildren": a four-digit count before a plural noun, not after "in"/"since", is no year.
    make: (m) => (isCount(m) ? { type: "NUMBER", value: m[1] ?? "" } : { type: "DATE", subtype: "year", value: m[1] ?? "" }),
  },
  {
    re: new RegExp(`(?<![\\w.,:-])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s(thousand|million|billion|trillion))?(?![\\w.,%:]|\\.\\d)`, "gi"),
    make: (m) => ({ type: "NUMBER", value: numericValue(m[0]) }),
  },
];

function isCount(m: RegExpExecArray): boolean {
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 30);
  const before = m.input.slice(Math.max(0, m.index - 12), m.index);
  if (!/^\s(?!(?:was|is|has|as|his|its|this|thus|saw|sees|plus)\b)\p{Ll}{3,}(?:s|ren|ple)\b/u.test(after)) return false;
  return !/\b(?:the|its|their|his|her|in|since|by|from|until|till|after|before|during|through|to|and|or|year|of the year|early|late|mid|spring|summer|autumn|fall|winter)\s$/i.test(before) && !/,\s$/.test(before);
}

/**
 * Finds dates, durations, money, percentages and numbers in a sentence. Earlier patterns win
 * overlaps, so "August 15, 2025" is one date and not a number and a year.
 */
export function detectQuantities(text: string, published?: Date): QuantitySpan[] {
  const taken: QuantitySpan[] = [];
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(text); m !== null; m = pattern.re.exec(text)) {
      if (m[0].length === 0) {
        pattern.re.lastIndex++;
        continue;
      }
      let start = m.index;
      let matched = m[0];
      if (/^on\s+/i.test(matched) && WEEKDAYS.some((d) => matched.endsWith(d))) {
        const skip = /^on\s+/i.exec(matched)?.[0].length ?? 0;
        start += skip;
        matched = matched.slice(skip);
      }
      // "to $250,000, a move …": the clause's comma is no part of the figure.
      matched = matched.replace(/(?<=\d)[,.]+$/, "");
      const end = start + matched.length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      const info = pattern.make(m, published);
      if (!info) continue;
      taken.push({ ...info, start, end, text: matched });
    }
  }
  for (const q of taken) {
    if (q.type === "NUMBER") {
      const noun = /^\s+([a-z]+s|people|children|men|women)\b/.exec(text.slice(q.end, q.end + 30))?.[1];
      if (noun) q.subtype = noun;
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

function monthIndex(name: string): number {
  const full = MONTHS.indexOf(name);
  if (full >= 0) return full + 1;
  return MONTH_ABBR[name.replace(".", "").toLowerCase()] ?? 0;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function iso(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function dayDate(month: number, day: number, year: number | undefined, published?: Date) {
  if (month < 1 || day < 1 || day > 31) return null;
  if (year !== undefined) return { type: "DATE" as const, subtype: "day", value: `${year}-${pad(month)}-${pad(day)}` };
  if (!published) return { type: "DATE" as const, subtype: "day", value: `--${pad(month)}-${pad(day)}` };
  // A year-less date is its latest occurrence up to two months after publication: news mostly looks back.
  const base = published.getUTCFullYear();
  const horizon = published.getTime() + 60 * 86_400_000;
  let best = base - 1;
  for (const y of [base - 1, base, base + 1]) if (Date.UTC(y, month - 1, day) <= horizon) best = y;
  return { type: "DATE" as const, subtype: "day", value: `${best}-${pad(month)}-${pad(day)}`, resolved: true };
}

function relativeDate(phrase: string, published?: Date) {
  const unit = /(week|month|year|weekend)$/.exec(phrase)?.[1] ?? "day";
  const subtype = unit === "weekend" ? "week" : unit;
  if (!published) return { type: "DATE" as const, subtype };
  const d = new Date(published.getTime());
  const step = /last|previous|yesterday/.test(phrase) ? -1 : /next|following|coming|tomorrow/.test(phrase) ? 1 : 0;
  if (unit === "day") d.setUTCDate(d.getUTCDate() + step);
  else if (unit === "week" || unit === "weekend") d.setUTCDate(d.getUTCDate() + 7 * step);
  else if (unit === "month") d.setUTCMonth(d.getUTCMonth() + step);
  else d.setUTCFullYear(d.getUTCFullYear() + step);
  const value = unit === "year" ? String(d.getUTCFullYear()) : unit === "month" ? iso(d).slice(0, 7) : iso(d);
  return { type: "DATE" as const, subtype: unit === "day" ? "day" : subtype, value, resolved: true };
}

function weekday(name: string, published?: Date) {
  if (!published) return { type: "DATE" as const, subtype: "weekday" };
  // News uses a bare weekday for the most recent one (or the publication day itself).
  const target = WEEKDAYS.indexOf(name);
  const d = new Date(published.getTime());
  const back = (d.getUTCDay() - target + 7) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return { type: "DATE" as const, subtype: "weekday", value: iso(d), resolved: true };
}

/** Numeric value of "2,000", "$3.5 billion", "12%", "two"; undefined when it has none. */
export function numericValue(text: string): string | undefined {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(text)?.[0];
  if (!digits) {
    const word = /[a-z]+/i.exec(text)?.[0]?.toLowerCase();
    return word && NUMBER_WORDS[word] !== undefined ? String(NUMBER_WORDS[word]) : undefined;
  }
  let n = Number(digits.replace(/,/g, ""));
  if (/\b(thousand)\b/i.test(text)) n *= 1e3;
  else if (/\b(million|m)\b/i.test(text)) n *= 1e6;
  else if (/\b(billion|bn)\b/i.test(text)) n *= 1e9;
  else if (/\btrillion\b/i.test(text)) n *= 1e12;
  return String(n);
}

/** Formats a resolved ISO day like the answer it stands beside ("October 16" or "October 16, 2025"). */
export function formatDay(isoDay: string, withYear: boolean): string {
  const [y, m, d] = isoDay.split("-").map(Number);
  const month = MONTHS[(m ?? 1) - 1] ?? "January";
  return withYear ? `${month} ${d}, ${y}` : `${month} ${d}`;
}

/** Adds days to an ISO day in UTC. */
export function shiftDay(isoDay: string, days: number): string {
  const [y, m, d] = isoDay.split("-").map(Number);
  return iso(new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, (d ?? 1) + days)));
}
