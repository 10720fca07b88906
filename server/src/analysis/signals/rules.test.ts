import { describe, expect, it } from 'vitest';
import { careSwitchRule, judgeDelays } from './care-switch-rule.js';
import { judgeNeeds, slopePerQuarter } from './demand-rule.js';
import { binomialTail, judgeSchools } from './dropout-rule.js';
import { monthsBefore, quarterLabel, quartersUpTo } from './periods.js';

describe('binomialTail', () => {
  it('gives P(X ≥ k) exactly', () => {
    expect(binomialTail(10, 2, 0.12)).toBeCloseTo(0.3417, 4);
    expect(binomialTail(4, 4, 0.5)).toBeCloseTo(1 / 16, 10);
    expect([binomialTail(5, 0, 0.3), binomialTail(5, 6, 0.3), binomialTail(5, 1, 0)]).toEqual([
      1, 0, 0,
    ]);
  });
});

describe('judgeSchools', () => {
  const others = Array.from({ length: 8 }, (_, i) => ({
    schoolId: `s${i}`,
    transfers: 13,
    dropouts: i % 3,
  }));

  it('flags a school far above the pooled rate of the others (the planted vmbo)', () => {
    const judged = judgeSchools([{ schoolId: 'vmbo', transfers: 16, dropouts: 9 }, ...others]);
    const vmbo = judged.find((s) => s.schoolId === 'vmbo');
    expect(vmbo).toMatchObject({ flagged: true, baselineTransfers: 104, baselineDropouts: 7 });
    expect(judged.filter((s) => s.flagged)).toHaveLength(1);
  });

  it('does not flag a school near the baseline, nor a small one however high its rate', () => {
    const judged = judgeSchools([
      { schoolId: 'normal', transfers: 17, dropouts: 3 },
      { schoolId: 'small', transfers: 6, dropouts: 4 },
      ...others,
    ]);
    expect(judged.filter((s) => s.flagged)).toEqual([]);
    expect(judged.find((s) => s.schoolId === 'small')?.tested).toBe(false);
  });
});

describe('judgeNeeds', () => {
  it('flags a need whose cases rose clearly in a year, not noise or a handful', () => {
    const judged = judgeNeeds([
      { need: 'GEZIN', recent: 20, earlier: 4 },
      { need: 'LVB', recent: 351, earlier: 321 },
      { need: 'TAAL', recent: 6, earlier: 0 },
      { need: 'AUTISME', recent: 30, earlier: 40 },
    ]);
    expect(judged.filter((n) => n.rising).map((n) => n.need)).toEqual(['GEZIN']);
    expect(judged.find((n) => n.need === 'TAAL')?.tested).toBe(false);
  });

  it('measures the slope of a quarterly series', () => {
    expect(slopePerQuarter([2, 4, 6, 8])).toBeCloseTo(2, 10);
    expect(slopePerQuarter([5])).toBe(0);
  });
});

describe('judgeDelays', () => {
  it('flags a long median delay over enough cases only', () => {
    const late = careSwitchRule.lateAfterDays + 10;
    expect(judgeDelays([late, late, late, 5, late])).toMatchObject({ flagged: true, late: 4 });
    expect(judgeDelays([late, late, late, late]).flagged).toBe(false);
    expect(judgeDelays([8, 12, 30, 200, 9]).flagged).toBe(false);
    expect(judgeDelays([]).medianDays).toBeNull();
  });
});

describe('periods', () => {
  it('lists quarters up to the one a day lies in', () => {
    expect(quartersUpTo('2026-11-16', 3).map((q) => q.label)).toEqual([
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
    expect(quartersUpTo('2026-01-02', 2)).toEqual([
      { label: '2025-Q4', start: '2025-10-01', end: '2025-12-31' },
      { label: '2026-Q1', start: '2026-01-01', end: '2026-03-31' },
    ]);
    expect(quarterLabel('2025-09-30')).toBe('2025-Q3');
  });

  it('counts calendar months back, clamped to the month end', () => {
    expect(monthsBefore('2026-11-16', 12)).toBe('2025-11-16');
    expect(monthsBefore('2028-02-29', 12)).toBe('2027-02-28');
  });
});
