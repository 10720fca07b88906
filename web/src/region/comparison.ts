import type { NetworkFigures, RegionComparisonRow } from '../api/operations/region-overview';
import { compareDutch } from '../i18n/compare';

/** The measures regions are compared on, in the table's column order. */
export const MEASURES = [
  'organisationCount',
  'tiedPairs',
  'density',
  'averageDegree',
  'crossSectorShare',
  'communityCount',
  'modularity',
] as const satisfies readonly (keyof NetworkFigures)[];
export type Measure = (typeof MEASURES)[number];

/** Shares (0–1) are shown as percentages, the rest as numbers. */
export const SHARE_MEASURES: ReadonlySet<Measure> = new Set(['density', 'crossSectorShare']);

export type SortKey = 'name' | Measure;
export interface SortOrder {
  readonly key: SortKey;
  readonly descending: boolean;
}

/** The default order: by name for the name column, largest first for a measure. */
export function defaultSort(key: SortKey): SortOrder {
  return { key, descending: key !== 'name' };
}

/** Clicking a column again reverses it; a new column starts in its default order. */
export function nextSort(current: SortOrder, key: SortKey): SortOrder {
  return current.key === key ? { key, descending: !current.descending } : defaultSort(key);
}

/** The rows in the order asked for; ties (equal values) by name, so the order is stable. */
export function sortRegions(
  rows: readonly RegionComparisonRow[],
  order: SortOrder,
): RegionComparisonRow[] {
  const byName = (a: RegionComparisonRow, b: RegionComparisonRow) =>
    compareDutch(a.region.name, b.region.name);
  const direction = order.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (order.key === 'name') return direction * byName(a, b);
    const difference = a.metrics[order.key] - b.metrics[order.key];
    return difference !== 0 ? direction * difference : byName(a, b);
  });
}

/** Where a region ranks on a measure (1: largest), or null when it is not in the rows. */
export function rankOf(
  rows: readonly RegionComparisonRow[],
  code: string,
  measure: Measure,
): number | null {
  const sorted = sortRegions(rows, defaultSort(measure));
  const index = sorted.findIndex((row) => row.region.code === code);
  return index < 0 ? null : index + 1;
}
