import { NetworkAnalysis, regionPart } from './analysis.js';
import type { NetworkHistory } from './network-store.js';

/** One region's network beside the others': a row of the comparison table. */
export interface RegionComparisonRow {
  regionCode: string;
  analysis: NetworkAnalysis;
}

/**
 * Every region's network on one day, from one national history: each region is the
 * organisations serving it (national bodies count in every region they serve) and their ties.
 */
export function compareRegions(
  history: NetworkHistory,
  regionCodes: readonly string[],
  asOf: string,
): RegionComparisonRow[] {
  return [...regionCodes].sort().map((regionCode) => ({
    regionCode,
    analysis: new NetworkAnalysis(regionPart(history, regionCode), regionCode, asOf),
  }));
}
