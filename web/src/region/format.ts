import { type Measure, SHARE_MEASURES } from './comparison';

/** A measure's value as a reader expects it: shares as percentages, counts whole. */
export function formatMeasure(measure: Measure, value: number, locale: string): string {
  if (SHARE_MEASURES.has(measure)) {
    // Density of a large network is small: keep one decimal so it does not read as 0 %.
    return value.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 1 });
  }
  if (measure === 'organisationCount' || measure === 'tiedPairs' || measure === 'communityCount') {
    return Math.round(value).toLocaleString(locale);
  }
  return value.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A day (YYYY-MM-DD) in the reader's language, read as UTC so it never shifts a day. */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
