import { stringify } from "csv-stringify/sync";

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1", "@SUM") is quoted with a leading apostrophe. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type CsvCell = string | number | boolean | Date | null;

function cell(value: CsvCell): string | number {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return value;
  return neutraliseFormula(value);
}

/** RFC 4180 CSV with a UTF-8 byte order mark and CRLF, which spreadsheets open without an import dialog. */
export function writeCsv(header: string[], rows: CsvCell[][]): string {
  return "\uFEFF" + stringify([header, ...rows.map((row) => row.map(cell))], { record_delimiter: "windows" });
}

const slugify = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase();

/** A file name safe in a Content-Disposition header; long names are cut before the last part (the export's kind). */
export function csvFileName(...parts: string[]): string {
  const kind = slugify(parts.at(-1) ?? "");
  const rest = slugify(parts.slice(0, -1).join("-"))
    .slice(0, 80 - kind.length - 1)
    .replace(/-+$/, "");
  const slug = [rest, kind].filter(Boolean).join("-");
  return `${slug || "export"}.csv`;
}
