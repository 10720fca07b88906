import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { inKeyOrder, listsInKeyOrder } from '../shared/key-order.js';
import type { CaseStatus } from '../vocabulary/cases.js';
import type { CaseFilter, CaseOrder, CaseShape, IdPage, InvolvementShape, Page } from './types.js';

// Reads of cases. Lists return ids; the Case loader turns them into cases in one query.

type Ids = { ids: readonly string[] };

const byIdQuery = cypher<Ids, CaseShape>('cases/cases-by-id');
const pageQuery = cypher<
  {
    kinds: readonly string[] | null;
    statuses: readonly string[] | null;
    municipalityCode: string | null;
    regionCode: string | null;
    needs: readonly string[] | null;
    organisationId: string | null;
    viewerOrganisationId: string | null;
    sortKey: CaseOrder['field'];
    descending: boolean;
  } & Page,
  IdPage
>('cases/cases-page');
const ofOrganisationsQuery = cypher<
  Ids & { statuses: readonly CaseStatus[] | null; viewerOrganisationId: string | null } & Page,
  IdPage & { key: string }
>('cases/cases-of-organisations');
const involvementsQuery = cypher<Ids, { key: string; involvements: InvolvementShape[] }>(
  'cases/involvements-of-cases',
);

const orNull = <T>(list: readonly T[] | null | undefined) => (list?.length ? list : null);

export async function casesById(db: Database, ids: readonly string[]) {
  return inKeyOrder(ids, await db.read(byIdQuery, { ids }), (row) => row.id);
}

/** A page of the cases the viewer's organisation is involved in (none without one). */
export async function casesPage(
  db: Database,
  viewerOrganisationId: string | null,
  filter: CaseFilter,
  order: CaseOrder,
  page: Page,
): Promise<IdPage> {
  const [row] = await db.read(pageQuery, {
    kinds: orNull(filter.kinds),
    statuses: orNull(filter.statuses),
    municipalityCode: filter.municipalityCode ?? null,
    regionCode: filter.regionCode ?? null,
    needs: orNull(filter.needs),
    organisationId: filter.organisationId ?? null,
    viewerOrganisationId,
    sortKey: order.field,
    descending: order.direction === 'DESC',
    ...page,
  });
  return row ?? { totalCount: 0, ids: [] };
}

/** For each organisation, the same page of the cases it and the viewer's organisation are involved in. */
export async function casesOfOrganisations(
  db: Database,
  viewerOrganisationId: string | null,
  ids: readonly string[],
  statuses: readonly CaseStatus[] | null | undefined,
  page: Page,
): Promise<IdPage[]> {
  const rows = await db.read(ofOrganisationsQuery, {
    ids,
    statuses: orNull(statuses),
    viewerOrganisationId,
    ...page,
  });
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return ids.map((id) => byKey.get(id) ?? { totalCount: 0, ids: [] });
}

export async function involvementsOfCases(db: Database, ids: readonly string[]) {
  const rows = await db.read(involvementsQuery, { ids });
  return listsInKeyOrder(
    ids,
    rows.map((row) => ({ key: row.key, items: row.involvements })),
  );
}
