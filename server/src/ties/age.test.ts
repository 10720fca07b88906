import { describe, expect, it } from 'vitest';
import { ageInDays, isStale, staleBefore, utcToday } from './age.js';

describe('staleBefore', () => {
  it('is twelve calendar months earlier', () => {
    expect(staleBefore('2026-06-15')).toBe('2025-06-15');
    expect(staleBefore('2026-01-01')).toBe('2025-01-01');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(staleBefore('2028-02-29')).toBe('2027-02-28');
    expect(staleBefore('2026-03-31', 1)).toBe('2026-02-28');
  });
});

describe('isStale', () => {
  it('holds for a tie confirmed over twelve months ago, or never', () => {
    expect(isStale('2025-06-14', '2026-06-15')).toBe(true);
    expect(isStale(null, '2026-06-15')).toBe(true);
  });

  it('does not hold on the boundary day or later', () => {
    expect(isStale('2025-06-15', '2026-06-15')).toBe(false);
    expect(isStale('2026-06-15', '2026-06-15')).toBe(false);
  });
});

describe('ageInDays', () => {
  it('counts whole days, also across a leap day', () => {
    expect(ageInDays('2026-06-15', '2026-06-15')).toBe(0);
    expect(ageInDays('2028-02-28', '2028-03-01')).toBe(2);
    expect(ageInDays('2025-06-15', '2026-06-15')).toBe(365);
  });

  it('is null for an unknown date', () => {
    expect(ageInDays(null, '2026-06-15')).toBeNull();
  });
});

describe('utcToday', () => {
  it('is the UTC calendar day', () => {
    expect(utcToday(new Date('2026-06-15T23:30:00-02:00'))).toBe('2026-06-16');
  });
});
