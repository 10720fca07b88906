import { cypher } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import { type CaseCountValue, caseCount } from '../../privacy/schema.js';
import type { Need } from '../../vocabulary/needs.js';
import { requireRegion } from './report.js';
import type { AnalysisScope } from './snapshot.js';

type Params = {
  regionCode: string;
  asOf: string;
  viewerOrganisationId: string | null;
  idPrefix: string | null;
};
const query = cypher<Params, { need: Need; cases: number; visibleCases: number }>(
  'analysis/gaps/provision-gaps',
);

export interface ProvisionGapShape {
  need: Need;
  cases: CaseCountValue;
}

/**
 * The needs of a region's cases that no organisation serving the region offers, each with the
 * number of cases (as a CaseCount: exact only when the viewer's organisation is involved in
 * every one of them, else under the small-count rule). Never case ids.
 */
export async function provisionGaps(
  db: Database,
  regionCode: string,
  asOf: string,
  viewerOrganisationId: string | null,
  scope: AnalysisScope = {},
): Promise<ProvisionGapShape[]> {
  await requireRegion(db, regionCode);
  const rows = await db.read(query, {
    regionCode,
    asOf,
    viewerOrganisationId,
    idPrefix: scope.idPrefix ?? null,
  });
  return rows.map((row) => ({
    need: row.need,
    cases: caseCount(row.cases, row.visibleCases === row.cases),
  }));
}
