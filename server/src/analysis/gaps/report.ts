import type { Database } from '../../db/database.js';
import { NotFoundError } from '../../errors.js';
import { regionsByCode } from '../../geography/store.js';
import { templateRules } from '../template/store.js';
import type { CollaborationRuleShape } from '../template/types.js';
import { missingTies, pairKey } from './expected.js';
import {
  type AnalysisScope,
  loadSnapshot,
  type NetworkSnapshot,
  organisationsIn,
  regionsOf,
} from './snapshot.js';
import { staleTies } from './stale.js';
import { addSummaries, summarise } from './summary.js';
import type { GapSummaryShape, RegionGapReportShape, StaleTieItem } from './types.js';

/** What every region's report shares: the rules, the tied pairs and the stale ties, found once. */
interface Judged {
  snapshot: NetworkSnapshot;
  rules: readonly CollaborationRuleShape[];
  tied: ReadonlySet<string>;
  stale: StaleTieItem[];
  asOf: string;
}

function judge(snapshot: NetworkSnapshot, rules: readonly CollaborationRuleShape[], asOf: string) {
  const tied = new Set(snapshot.organisationTies.map((t) => pairKey(t.fromId, t.toId)));
  const ties = [...snapshot.organisationTies, ...snapshot.staleProfessionalTies];
  return { snapshot, rules, tied, stale: staleTies(ties, rules, asOf), asOf };
}

function reportFor(
  { snapshot, rules, tied, stale, asOf }: Judged,
  regionCode: string,
): RegionGapReportShape {
  const organisations = organisationsIn(snapshot, regionCode);
  const here = new Set(organisations.map((o) => o.id));
  const missing = missingTies(organisations, rules, tied);
  const staleHere = stale.filter((t) => here.has(t.fromId) || here.has(t.toId));
  return {
    regionCode,
    asOf,
    missingTies: missing,
    staleTies: staleHere,
    summary: summarise(missing, staleHere, rules),
  };
}

/** NOT_FOUND for a region code that does not exist, rather than an empty report. */
export async function requireRegion(db: Database, regionCode: string) {
  const [region] = await regionsByCode(db, [regionCode]);
  if (!region) throw new NotFoundError('Region', regionCode);
  return region;
}

/**
 * A region's gap report as of a day: the expected ties (enabled template rules) that no tie
 * carries, and the ties of its organisations not confirmed for 12 months, each with a severity.
 */
export async function regionGapReport(
  db: Database,
  regionCode: string,
  asOf: string,
  scope: AnalysisScope = {},
): Promise<RegionGapReportShape> {
  const [rules, snapshot] = await Promise.all([
    templateRules(db),
    loadSnapshot(db, regionCode, asOf, scope),
  ]);
  if (!snapshot.regionExists) throw new NotFoundError('Region', regionCode);
  return reportFor(judge(snapshot, rules, asOf), regionCode);
}

export interface NationalGapSummaryShape {
  asOf: string;
  total: GapSummaryShape;
  regions: { regionCode: string; summary: GapSummaryShape }[];
}

/** The summary of every RMC region's gap report, and their total; read in one pass. */
export async function nationalGapSummary(
  db: Database,
  asOf: string,
  scope: AnalysisScope = {},
): Promise<NationalGapSummaryShape> {
  const [rules, snapshot] = await Promise.all([
    templateRules(db),
    loadSnapshot(db, null, asOf, scope),
  ]);
  const judged = judge(snapshot, rules, asOf);
  const regions = regionsOf(snapshot).map((regionCode) => ({
    regionCode,
    summary: reportFor(judged, regionCode).summary,
  }));
  return { asOf, total: addSummaries(regions.map((r) => r.summary)), regions };
}
