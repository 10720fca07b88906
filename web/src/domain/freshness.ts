/** A tie is fresh when confirmed within the 12 months before the reference date (as the API). */
export type Freshness = 'all' | 'fresh' | 'stale';

const DAY = 86_400_000;

/** Today as YYYY-MM-DD in UTC, the default reference date. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY);
}

/**
 * Confirmed in the twelve months up to `asOf` (both YYYY-MM-DD). A confirmation after `asOf`
 * says nothing about that window, so such a tie counts as stale on that date.
 */
export function isFresh(lastConfirmedAt: string | null, asOf: string): boolean {
  if (lastConfirmedAt === null || lastConfirmedAt > asOf) return false;
  const cutoff = new Date(`${asOf}T00:00:00Z`);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - 1);
  return lastConfirmedAt >= cutoff.toISOString().slice(0, 10);
}
