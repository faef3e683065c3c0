/**
 * Intl formatters, made once per language and reused: building one is far
 * costlier than formatting, and elements format on every render.
 */
const dates = new Map<string, Intl.DateTimeFormat>();
const numbers = new Map<string, Intl.NumberFormat>();

/** A long date ("November 26, 2026"), in UTC so the calendar date never shifts. */
export function formatDate(locale: string, date: Date): string {
  let format = dates.get(locale);
  if (!format) dates.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(date);
}

/** A number as the language writes it (7,629 · 7.629 · 7 629), in Latin digits as the translations use them. */
export function formatNumber(locale: string, value: number): string {
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(locale, { numberingSystem: 'latn' })));
  return format.format(value);
}
