import { describe, expect, it } from 'vitest';
import { networkOn, presentOn } from './snapshot.js';
import { organisation, tie } from './test-history.js';

describe('the network on a day', () => {
  it('counts something from its first day until the day it ended', () => {
    const life = { since: '2024-03-01', until: '2025-06-30', archived: true };
    expect(presentOn(life, '2024-02-29')).toBe(false);
    expect(presentOn(life, '2024-03-01')).toBe(true);
    expect(presentOn(life, '2025-06-29')).toBe(true);
    expect(presentOn(life, '2025-06-30')).toBe(false);
    expect(presentOn({ since: null, until: null, archived: false }, '1990-01-01')).toBe(true);
    // Archived without a date: gone, whatever the day.
    expect(presentOn({ since: null, until: null, archived: true }, '2030-01-01')).toBe(false);
  });

  it('keeps ties present that day between organisations present that day, one edge per pair', () => {
    const history = {
      organisations: [
        organisation('a', 'SCHOOL_VO'),
        organisation('b', 'LEERPLICHT'),
        organisation('c', 'GGD', { since: '2025-01-01' }),
      ],
      ties: [
        tie('a', 'b', { since: '2020-01-01' }),
        { ...tie('b', 'a'), id: 'x', kind: 'INFORMAL' as const },
        tie('a', 'c', { since: '2019-01-01' }),
        tie('b', 'c', { since: '2025-06-01' }),
      ],
    };
    const early = networkOn(history, '2024-12-31');
    expect(early.order).toBe(2);
    expect(early.size).toBe(1);
    expect(early.getEdgeAttribute(early.edge('a', 'b'), 'kinds')).toEqual([
      'FORMAL_AGREEMENT',
      'INFORMAL',
    ]);
    const later = networkOn(history, '2025-05-31');
    expect(later.hasEdge('a', 'c')).toBe(true);
    expect(later.hasEdge('b', 'c')).toBe(false);
    expect(networkOn(history, '2025-06-01').hasEdge('b', 'c')).toBe(true);
    expect(later.getNodeAttributes('c')).toEqual({ kind: 'GGD', sector: 'CARE' });
  });
});
