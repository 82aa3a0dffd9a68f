const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = `(${MONTHS.join("|")}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
const PATTERNS: { re: RegExp; order: "mdy" | "dmy" | "iso" }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, order: "iso" },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, "i"), order: "mdy" },
  { re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, "i"), order: "dmy" },
];

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace(".", "").slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key));
}

function iso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCMonth() !== month || year < 1900 || year > 2100) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A publication date written near the top of an article ("October 17, 2025", "17 Oct 2025", "2025-10-17"), as an ISO day. */
export function findDateline(text: string, within = 600): string | undefined {
  const head = text.slice(0, within);
  let best: { at: number; day: string } | undefined;
  for (const { re, order } of PATTERNS) {
    const m = re.exec(head);
    if (!m) continue;
    const day =
      order === "iso"
        ? iso(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
        : order === "mdy"
          ? iso(Number(m[3]), monthIndex(m[1]!), Number(m[2]))
          : iso(Number(m[3]), monthIndex(m[2]!), Number(m[1]));
    if (day && (!best || m.index < best.at)) best = { at: m.index, day };
  }
  return best?.day;
}
