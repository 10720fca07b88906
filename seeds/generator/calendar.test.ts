import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  dayOf,
  isoDate,
  isoDateTime,
  isWorkingDay,
  subtractWorkingDays,
  workingDaysBetween,
} from './calendar.js';

describe('the calendar of whole numbers', () => {
  it('turns days and moments back into ISO dates', () => {
    expect(isoDate(dayOf('2026-11-16'))).toBe('2026-11-16');
    expect(isoDateTime(dayOf('2026-02-28') * 1440 + 9 * 60 + 5)).toBe('2026-02-28T09:05:00Z');
  });

  it('knows weekends: 2026-11-14 is a Saturday, 2026-11-16 a Monday', () => {
    expect(isWorkingDay(dayOf('2026-11-14'))).toBe(false);
    expect(isWorkingDay(dayOf('2026-11-16'))).toBe(true);
    expect(isoDate(addWorkingDays(dayOf('2026-11-13'), 1))).toBe('2026-11-16');
    expect(isoDate(subtractWorkingDays(dayOf('2026-11-16'), 5))).toBe('2026-11-09');
  });

  it('counts working days like a day-by-day count, for any span', () => {
    const start = dayOf('2025-01-01');
    for (let from = start; from < start + 20; from++) {
      for (let to = from - 2; to < from + 60; to++) {
        let slow = 0;
        for (let d = from + 1; d <= to; d++) if (isWorkingDay(d)) slow++;
        expect(workingDaysBetween(from, to)).toBe(slow);
      }
    }
  });
});
