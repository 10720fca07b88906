import { describe, expect, it } from 'vitest';
import { staleTies } from './stale.js';
import type { GapTie } from './types.js';

const tie = (
  id: string,
  lastConfirmedAt: string | null,
  fromKind: GapTie['fromKind'] = 'LEERPLICHT',
): GapTie => ({
  id,
  type: 'ORGANISATION',
  fromId: `${id}-a`,
  toId: `${id}-b`,
  fromKind,
  toKind: 'HALT',
  lastConfirmedAt,
});
const rules = [
  {
    code: 'LEERPLICHT-HALT',
    fromKinds: ['LEERPLICHT' as const],
    toKinds: ['HALT' as const],
    severity: 'HIGH' as const,
  },
];

describe('stale ties', () => {
  it('are those not confirmed for 12 months before the day, or never', () => {
    const found = staleTies(
      [tie('fresh', '2025-11-16'), tie('old', '2025-11-15'), tie('never', null)],
      rules,
      '2026-11-16',
    );
    expect(found.map((s) => [s.tieId, s.daysSinceConfirmed])).toEqual([
      ['never', null],
      ['old', 366],
    ]);
  });

  it('take the severity of the rule they carry, one step lower; LOW without one', () => {
    const found = staleTies(
      [tie('a', '2020-01-01'), tie('b', '2020-01-01', 'GGD')],
      rules,
      '2026-11-16',
    );
    expect(found.map((s) => [s.tieId, s.severity, s.ruleCode])).toEqual([
      ['a', 'MEDIUM', 'LEERPLICHT-HALT'],
      ['b', 'LOW', null],
    ]);
  });
});
