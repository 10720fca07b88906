import { cypher } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import { type CaseCountValue, caseCount } from '../../privacy/schema.js';
import { requireRegion } from './report.js';
import type { AnalysisScope } from './snapshot.js';

type Params = {
  regionCode: string;
  asOf: string;
  minHandovers: number;
  viewerOrganisationId: string | null;
  idPrefix: string | null;
};
type Row = {
  aId: string;
  bId: string;
  handovers: number;
  cases: number;
  visibleCases: number;
  sharedCases: number;
  visibleSharedCases: number;
};
const query = cypher<Params, Row>('analysis/gaps/hidden-collaboration');

/** Handovers between two organisations pass all the cases they concern; so do their counts. */
export interface HiddenCollaborationShape {
  organisationIds: [string, string];
  handovers: CaseCountValue;
  cases: CaseCountValue;
  sharedCases: CaseCountValue;
}

/** The fewest handovers between two untied organisations that count as collaboration. */
export const defaultMinHandovers = 3;

/**
 * Pairs of organisations that hand a region's cases to each other without any tie between
 * them: collaboration the network does not show. Counts are CaseCounts, exact only for a viewer
 * whose organisation is involved in every case behind them. Never case ids.
 */
export async function hiddenCollaboration(
  db: Database,
  regionCode: string,
  asOf: string,
  options: { minHandovers?: number; viewerOrganisationId: string | null } & AnalysisScope,
): Promise<HiddenCollaborationShape[]> {
  await requireRegion(db, regionCode);
  const rows = await db.read(query, {
    regionCode,
    asOf,
    minHandovers: options.minHandovers ?? defaultMinHandovers,
    viewerOrganisationId: options.viewerOrganisationId,
    idPrefix: options.idPrefix ?? null,
  });
  return rows.map((row) => {
    const allCasesVisible = row.visibleCases === row.cases;
    return {
      organisationIds: [row.aId, row.bId],
      handovers: caseCount(row.handovers, allCasesVisible),
      cases: caseCount(row.cases, allCasesVisible),
      sharedCases: caseCount(row.sharedCases, row.visibleSharedCases === row.sharedCases),
    };
  });
}
