/**
 * `Date#toLocaleString(locale, options)` builds a new Intl.DateTimeFormat on every call, which showed
 * in the signed-in home page's profile (docs/performance.md); formatters are kept per locale and options.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // A time zone name from a user's settings could make this unbounded; the cache stays small.
    if (formatters.size >= 200) formatters.clear();
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatDate(date: Date, locale: string, options: Intl.DateTimeFormatOptions): string {
  return dateFormatter(locale, options).format(date);
}
