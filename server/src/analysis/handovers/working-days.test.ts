import { describe, expect, it } from 'vitest';
import * as generator from '../../../../seeds/generator/calendar.js';
import { manifestRules } from '../../../../seeds/generator/manifest.js';
import { isStalled, serviceLevelWorkingDays, workingDaysBetween } from './working-days.js';

describe('working days', () => {
  it('counts Monday to Friday after the request day, up to and including the day judged', () => {
    // 2026-11-13 is a Friday, 2026-11-16 the Monday after it.
    expect(workingDaysBetween('2026-11-13', '2026-11-16')).toBe(1);
    expect(workingDaysBetween('2026-11-13T15:00:00Z', '2026-11-20')).toBe(5);
    expect(workingDaysBetween('2026-11-14', '2026-11-15')).toBe(0);
    expect(workingDaysBetween('2026-11-16', '2026-11-16')).toBe(0);
    expect(workingDaysBetween('2026-11-20', '2026-11-16')).toBe(0);
    expect(workingDaysBetween('2026-10-12', '2026-11-16')).toBe(25);
  });

  it('agrees with the generator’s calendar on every pair of days over ten weeks', () => {
    const start = generator.dayOf('2026-09-01');
    for (let from = start; from < start + 70; from++) {
      for (let to = from; to < from + 40; to++) {
        expect(workingDaysBetween(generator.isoDate(from), generator.isoDate(to))).toBe(
          generator.workingDaysBetween(from, to),
        );
      }
    }
  });

  it('holds the service level the generator plants against', () => {
    expect(serviceLevelWorkingDays).toBe(manifestRules.serviceLevelWorkingDays);
    expect(isStalled(5)).toBe(false);
    expect(isStalled(6)).toBe(true);
  });
});
