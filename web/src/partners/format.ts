/** Numbers and dates as the interface language writes them. */
export function formatNumber(locale: string, value: number, digits = 1): string {
  return value.toLocaleString(locale, { maximumFractionDigits: digits });
}

export function formatPercent(locale: string, rate: number): string {
  return rate.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0 });
}

/** A calendar day (YYYY-MM-DD) written out, e.g. "7 sep 2026". */
export function formatDay(locale: string, day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}
