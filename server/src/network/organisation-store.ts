import { randomUUID } from 'node:crypto';
import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { inKeyOrder, listsInKeyOrder } from '../shared/key-order.js';
import { toLuceneQuery } from '../shared/search.js';
import type { OrganisationKind } from './kinds.js';
import type { OrganisationFilter, OrganisationOrder, OrganisationShape } from './types.js';

type Ids = { ids: readonly string[] };
type PageParams = {
  kinds: readonly OrganisationKind[] | null;
  municipalityCode: string | null;
  regionCode: string | null;
  needs: readonly string[] | null;
  includeArchived: boolean;
  sortKey: OrganisationOrder['field'];
  descending: boolean;
  search: string | null;
  offset: number;
  limit: number;
};
type Page = { totalCount: number; organisations: OrganisationShape[] };

const byIdQuery = cypher<Ids, { organisation: OrganisationShape }>('network/organisations-by-id');
const pageQuery = cypher<PageParams, Page>('network/organisations-page');
const searchPageQuery = cypher<PageParams, Page>('network/organisations-search-page');
const swvQuery = cypher<Ids, { key: string; swvId: string }>('network/swv-of-schools');
const membersQuery = cypher<Ids, { key: string; schoolIds: string[] }>('network/members-of-swvs');

export async function organisationsById(db: Database, ids: readonly string[]) {
  const rows = await db.read(byIdQuery, { ids });
  return inKeyOrder(
    ids,
    rows.map((row) => row.organisation),
    (organisation) => organisation.id,
  );
}

export async function organisationsPage(
  db: Database,
  filter: OrganisationFilter,
  order: OrganisationOrder,
  page: { offset: number; limit: number },
): Promise<Page> {
  const search = filter.search ? toLuceneQuery(filter.search) : null;
  const params: PageParams = {
    kinds: filter.kinds?.length ? filter.kinds : null,
    municipalityCode: filter.municipalityCode ?? null,
    regionCode: filter.regionCode ?? null,
    needs: filter.needs?.length ? filter.needs : null,
    includeArchived: filter.includeArchived ?? false,
    sortKey: order.field,
    descending: order.direction === 'DESC',
    search,
    ...page,
  };
  const [row] = await db.read(search ? searchPageQuery : pageQuery, params);
  return row ?? { totalCount: 0, organisations: [] };
}

/** Each school's samenwerkingsverband (null for none), batched: two round trips for any number. */
export async function swvOfSchools(db: Database, ids: readonly string[]) {
  const rows = await db.read(swvQuery, { ids });
  const swvIds = inKeyOrder(ids, rows, (row) => row.key).map((row) => row?.swvId ?? null);
  const wanted = [...new Set(swvIds.filter((id): id is string => id !== null))];
  const byId = new Map(
    (await organisationsById(db, wanted)).flatMap((o) => (o ? [[o.id, o] as const] : [])),
  );
  return swvIds.map((id) => (id ? (byId.get(id) ?? null) : null));
}

export async function membersOfSwvs(db: Database, ids: readonly string[]) {
  const rows = await db.read(membersQuery, { ids });
  return listsInKeyOrder(
    ids,
    rows.map((row) => ({ key: row.key, items: row.schoolIds })),
  );
}

export const newOrganisationId = () => randomUUID();
