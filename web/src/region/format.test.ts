import { describe, expect, it } from 'vitest';
import { formatDay, formatMeasure } from './format';

describe('formatMeasure', () => {
  it('shows shares as percentages with one decimal', () => {
    expect(formatMeasure('density', 0.0123, 'nl-NL')).toBe('1,2%');
    expect(formatMeasure('crossSectorShare', 0.5, 'en-GB')).toBe('50%');
  });

  it('shows counts whole and other measures with two decimals', () => {
    expect(formatMeasure('organisationCount', 1234, 'nl-NL')).toBe('1.234');
    expect(formatMeasure('averageDegree', 3.456, 'nl-NL')).toBe('3,46');
    expect(formatMeasure('modularity', 0.8, 'en-GB')).toBe('0.80');
  });
});

describe('formatDay', () => {
  it('formats a day in UTC, whatever the local time zone', () => {
    expect(formatDay('2026-01-01', 'nl-NL')).toBe('1 jan 2026');
    expect(formatDay('2026-01-01', 'en-GB')).toBe('1 Jan 2026');
  });
});
