import { describe, expect, it } from 'vitest';
import type { RegionComparisonRow } from '../api/operations/region-overview';
import { defaultSort, nextSort, rankOf, sortRegions } from './comparison';

function row(code: string, name: string, organisationCount: number, density: number) {
  return {
    region: { code, name },
    metrics: {
      organisationCount,
      tiedPairs: organisationCount * 2,
      density,
      averageDegree: 2,
      crossSectorShare: 0.5,
      communityCount: 3,
      modularity: 0.4,
    },
  } satisfies RegionComparisonRow;
}

const rows = [
  row('MC19', 'Utrecht', 120, 0.1),
  row('MC01', 'Achterhoek', 80, 0.3),
  row('MC21', "'s-Hertogenbosch", 120, 0.2),
];

describe('sortRegions', () => {
  it('orders by a measure, largest first, equal values by name', () => {
    const sorted = sortRegions(rows, defaultSort('organisationCount'));
    expect(sorted.map((r) => r.region.code)).toEqual(['MC21', 'MC19', 'MC01']);
  });

  it('orders by name in Dutch order and reverses on a second click', () => {
    const byName = defaultSort('name');
    expect(sortRegions(rows, byName).map((r) => r.region.code)).toEqual(['MC21', 'MC01', 'MC19']);
    const reversed = nextSort(byName, 'name');
    expect(reversed).toEqual({ key: 'name', descending: true });
    expect(sortRegions(rows, reversed).map((r) => r.region.code)).toEqual(['MC19', 'MC01', 'MC21']);
  });

  it('starts a new column in its default order and leaves the input alone', () => {
    expect(nextSort({ key: 'name', descending: true }, 'density')).toEqual({
      key: 'density',
      descending: true,
    });
    sortRegions(rows, defaultSort('density'));
    expect(rows[0]?.region.code).toBe('MC19');
  });
});

describe('rankOf', () => {
  it('ranks a region on a measure, 1 for the largest', () => {
    expect(rankOf(rows, 'MC01', 'density')).toBe(1);
    expect(rankOf(rows, 'MC19', 'density')).toBe(3);
    expect(rankOf(rows, 'MC99', 'density')).toBeNull();
  });
});
