import { describe, expect, it } from 'vitest';
import type { SignalTrend } from '../api/operations/signals';
import { kindsPresent, trendsByQuarter } from './trends';

const trend = (quarter: string, kind: SignalTrend['kind'], raised: number, closed = 0) => ({
  quarter,
  kind,
  need: null,
  raised,
  open: raised - closed,
  closed,
  regions: 1,
});

describe('trendsByQuarter', () => {
  it('sums kinds and needs per quarter, oldest first', () => {
    const rows = trendsByQuarter([
      trend('2026-Q4', 'OTHER', 2, 1),
      trend('2026-Q3', 'RISING_DEMAND', 3),
      { ...trend('2026-Q4', 'OTHER', 1), need: 'AUTISME' },
    ]);
    expect(
      rows.map((row) => [row.quarter, row.OTHER, row.RISING_DEMAND, row.open, row.closed]),
    ).toEqual([
      ['2026-Q3', 0, 3, 3, 0],
      ['2026-Q4', 3, 0, 2, 1],
    ]);
  });

  it('lists the kinds present in schema order', () => {
    expect(
      kindsPresent([trend('2026-Q4', 'OTHER', 1), trend('2026-Q4', 'TRANSFER_DROPOUT', 2)]),
    ).toEqual(['TRANSFER_DROPOUT', 'OTHER']);
  });
});
