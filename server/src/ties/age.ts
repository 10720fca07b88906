/** A tie not confirmed for this many months is stale: the field may have moved on. */
export const staleAfterMonths = 12;

const dayMs = 86_400_000;

/** Today's date in UTC, YYYY-MM-DD: the same day Neo4j's `date()` gives (its default zone is UTC). */
export function utcToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The first day on which a tie last confirmed before it counts as stale: `months` calendar months
 * before `today`, clamped to the month's last day (2028-02-29 minus 12 months is 2027-02-28).
 */
export function staleBefore(today: string, months = staleAfterMonths): string {
  const [year = 0, month = 1, day = 1] = today.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return utcToday(target);
}

/** Whole days from `date` to `today`; null when the date is unknown. */
export function ageInDays(date: string | null, today: string): number | null {
  if (!date) return null;
  return Math.round((Date.parse(today) - Date.parse(date.slice(0, 10))) / dayMs);
}

/** Never confirmed, or last confirmed more than `staleAfterMonths` ago. */
export function isStale(lastConfirmedAt: string | null, today: string): boolean {
  return !lastConfirmedAt || lastConfirmedAt.slice(0, 10) < staleBefore(today);
}
