import { describe, expect, it } from 'vitest';
import { growthSteps, networkGrowth } from './growth.js';
import { organisation, tie } from './test-history.js';

describe('network growth', () => {
  it('steps by calendar month or quarter, the ends clamped to the period', () => {
    expect(growthSteps('2026-01-15', '2026-03-10', 'MONTH')).toEqual([
      { start: '2026-01-15', end: '2026-01-31' },
      { start: '2026-02-01', end: '2026-02-28' },
      { start: '2026-03-01', end: '2026-03-10' },
    ]);
    expect(growthSteps('2025-11-16', '2026-04-01', 'QUARTER')).toEqual([
      { start: '2025-11-16', end: '2025-12-31' },
      { start: '2026-01-01', end: '2026-03-31' },
      { start: '2026-04-01', end: '2026-04-01' },
    ]);
  });

  it('counts what joined, started and ended in each step and what stood at its end', () => {
    const history = {
      organisations: [
        organisation('a', 'RMC', { since: '2025-12-01' }),
        organisation('b', 'UWV', { since: '2026-01-10' }),
      ],
      ties: [tie('a', 'b', { since: '2026-01-20', until: '2026-02-15', archived: true })],
    };
    expect(networkGrowth(history, '2025-12-01', '2026-02-28', 'MONTH')).toEqual([
      {
        start: '2025-12-01',
        end: '2025-12-31',
        organisations: 1,
        tiedPairs: 0,
        organisationsJoined: 1,
        tiesStarted: 0,
        tiesEnded: 0,
      },
      {
        start: '2026-01-01',
        end: '2026-01-31',
        organisations: 2,
        tiedPairs: 1,
        organisationsJoined: 1,
        tiesStarted: 1,
        tiesEnded: 0,
      },
      {
        start: '2026-02-01',
        end: '2026-02-28',
        organisations: 2,
        tiedPairs: 0,
        organisationsJoined: 0,
        tiesStarted: 0,
        tiesEnded: 1,
      },
    ]);
  });
});
