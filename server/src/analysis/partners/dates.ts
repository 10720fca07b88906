import { utcToday } from '../../ties/age.js';

/** The day an analysis is judged as of: the given date, or today (UTC). */
export const asOfOrToday = (asOf: string | null | undefined): string => asOf ?? utcToday();

/** The day after a date (YYYY-MM-DD): the exclusive end of "on or before `date`". */
export function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
