import { describe, expect, it } from 'vitest';
import { todayInAmsterdam } from './dates.js';

describe('todayInAmsterdam', () => {
  it('is the Dutch calendar day, also when UTC is still on the day before', () => {
    expect(todayInAmsterdam(new Date('2026-03-14T23:30:00Z'))).toBe('2026-03-15');
    expect(todayInAmsterdam(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(todayInAmsterdam(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});
