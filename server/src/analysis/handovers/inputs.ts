import { z } from 'zod';
import type { Database } from '../../db/database.js';
import { NotFoundError } from '../../errors.js';
import { regionsByCode } from '../../geography/store.js';
import { builder } from '../../schema/builder.js';
import { utcToday } from '../../ties/age.js';

// Arguments the analyses share: the day they are judged as of, a period, a region.

/** The day an analysis is judged as of: the given date, or today (UTC). */
export const asOfOrToday = (asOf: string | null | undefined): string => asOf ?? utcToday();

/** The day after a date (YYYY-MM-DD): the exclusive end of "on or before `date`". */
export function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** `months` calendar months before a date, plus a day: the start of the period ending on it. */
export function monthsBefore(date: string, months: number): string {
  const start = new Date(`${date}T00:00:00Z`);
  start.setUTCMonth(start.getUTCMonth() - months);
  return dayAfter(start.toISOString().slice(0, 10));
}

export interface Period {
  from: string;
  to: string;
}

const periodRule = z
  .object({ from: z.string(), to: z.string() })
  .refine((period) => period.to >= period.from, {
    path: ['to'],
    message: 'the period must not end before it starts',
  });

export const DatePeriodInput = builder.inputType('DatePeriod', {
  description: 'A period of whole days, both ends included.',
  fields: (t) => ({
    from: t.field({ type: 'Date', required: true, description: 'The first day.' }),
    to: t.field({ type: 'Date', required: true, description: 'The last day; not before `from`.' }),
  }),
  validate: periodRule,
});

/** The period asked for, or the twelve months up to `asOf`. */
export const periodOrYearBefore = (period: Period | null | undefined, asOf: string): Period =>
  period ?? { from: monthsBefore(asOf, 12), to: asOf };

/** Fails with NOT_FOUND for a region code that does not exist, so a typo never reads as "nothing". */
export async function requireRegion(db: Database, code: string): Promise<void> {
  const [found] = await regionsByCode(db, [code]);
  if (!found) throw new NotFoundError('Region', code);
}
