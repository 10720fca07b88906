import { describe, expect, it } from 'vitest';
import { applyFilters, defaultFilters } from './filters';
import { isFresh } from './freshness';
import type { MapGraph } from './mapGraph';

const graph: MapGraph = {
  nodes: [
    { id: 'school', type: 'Organisation', label: 'School', kind: 'SCHOOL_VO' },
    { id: 'lp', type: 'Organisation', label: 'Leerplicht', kind: 'LEERPLICHT' },
    { id: 'ggd', type: 'Organisation', label: 'GGD', kind: 'GGD' },
    { id: 'anna', type: 'Professional', label: 'Anna', kind: 'LEERPLICHTAMBTENAAR' },
  ],
  edges: [
    {
      id: 'a',
      source: 'school',
      target: 'lp',
      relation: 'TIE',
      tieKind: 'FORMAL_AGREEMENT',
      tieId: 'a',
    },
    { id: 'b', source: 'lp', target: 'ggd', relation: 'TIE', tieKind: 'INFORMAL', tieId: 'b' },
    { id: 'w', source: 'anna', target: 'lp', relation: 'WORKS_AT', tieKind: null, tieId: null },
  ],
};
const asOf = '2025-06-30';

describe('applyFilters', () => {
  it('hides nothing without filters', () => {
    const outcome = applyFilters(graph, defaultFilters(asOf), null);
    expect(outcome.hiddenNodes.size + outcome.hiddenEdges.size).toBe(0);
  });

  it('hides organisations of other kinds, with their ties', () => {
    const filters = {
      ...defaultFilters(asOf),
      organisationKinds: new Set(['LEERPLICHT', 'GGD'] as const),
    };
    const outcome = applyFilters(graph, filters, null);
    expect([...outcome.hiddenNodes]).toEqual(['school']);
    expect([...outcome.hiddenEdges]).toEqual(['a']);
  });

  it('hides professionals of other roles and ties of other kinds', () => {
    const filters = {
      ...defaultFilters(asOf),
      roles: new Set(['DECAAN'] as const),
      tieKinds: new Set(['INFORMAL'] as const),
    };
    const outcome = applyFilters(graph, filters, null);
    expect([...outcome.hiddenNodes]).toEqual(['anna']);
    expect([...outcome.hiddenEdges].sort()).toEqual(['a', 'w']);
  });

  it('judges freshness on the reference date, once the dates are known', () => {
    const dates = new Map([
      ['a', '2025-01-15'],
      ['b', '2024-06-29'],
    ]);
    const stale = applyFilters(graph, { ...defaultFilters(asOf), freshness: 'stale' }, dates);
    expect([...stale.hiddenEdges]).toEqual(['a']);
    expect([...stale.staleEdges]).toEqual(['b']);
    const fresh = applyFilters(graph, { ...defaultFilters(asOf), freshness: 'fresh' }, dates);
    expect([...fresh.hiddenEdges]).toEqual(['b']);
  });
});

describe('isFresh', () => {
  it('counts the twelve months up to the reference date, never-confirmed as stale', () => {
    expect(isFresh('2024-06-30', '2025-06-30')).toBe(true);
    expect(isFresh('2024-06-29', '2025-06-30')).toBe(false);
    expect(isFresh(null, '2025-06-30')).toBe(false);
    expect(isFresh('2025-07-01', '2025-06-30')).toBe(false);
  });
});
