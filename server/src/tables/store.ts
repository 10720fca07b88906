import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import type { MunicipalityShape } from '../geography/types.js';
import { inKeyOrder, listsInKeyOrder } from '../shared/key-order.js';
import type { NodeType } from '../ties/node-states.js';
import type { TableKind } from '../vocabulary/cases.js';
import type { MemberShape, TableFilter, TableShape } from './types.js';

type Ids = { ids: readonly string[] };
type PageParams = {
  kinds: readonly TableKind[] | null;
  municipalityCode: string | null;
  regionCode: string | null;
  includeArchived: boolean;
  offset: number;
  limit: number;
};

const byIdQuery = cypher<Ids, { table: TableShape }>('tables/tables-by-id');
const municipalitiesQuery = cypher<Ids, { key: string; municipalities: MunicipalityShape[] }>(
  'tables/municipalities-of-tables',
);
const membersQuery = cypher<Ids, { key: string; members: MemberShape[] }>(
  'tables/members-of-tables',
);
const ofNodesQuery = cypher<Ids & { type: NodeType }, { key: string; tables: TableShape[] }>(
  'tables/tables-of-nodes',
);
const pageQuery = cypher<PageParams, { totalCount: number; tables: TableShape[] }>(
  'tables/tables-page',
);

export async function tablesById(db: Database, ids: readonly string[]) {
  const rows = await db.read(byIdQuery, { ids });
  return inKeyOrder(
    ids,
    rows.map((row) => row.table),
    (table) => table.id,
  );
}

export async function municipalitiesOfTables(db: Database, ids: readonly string[]) {
  const rows = await db.read(municipalitiesQuery, { ids });
  return listsInKeyOrder(
    ids,
    rows.map((row) => ({ key: row.key, items: row.municipalities })),
  );
}

export async function membersOfTables(db: Database, ids: readonly string[]) {
  const rows = await db.read(membersQuery, { ids });
  return listsInKeyOrder(
    ids,
    rows.map((row) => ({ key: row.key, items: row.members })),
  );
}

/** The active tables each organisation or professional sits at now. */
export async function tablesOfNodes(db: Database, type: NodeType, ids: readonly string[]) {
  const rows = await db.read(ofNodesQuery, { type, ids });
  return listsInKeyOrder(
    ids,
    rows.map((row) => ({ key: row.key, items: row.tables })),
  );
}

export async function tablesPage(
  db: Database,
  filter: TableFilter,
  page: { offset: number; limit: number },
) {
  const [row] = await db.read(pageQuery, {
    kinds: filter.kinds?.length ? filter.kinds : null,
    municipalityCode: filter.municipalityCode ?? null,
    regionCode: filter.regionCode ?? null,
    includeArchived: filter.includeArchived ?? false,
    ...page,
  });
  return row ?? { totalCount: 0, tables: [] };
}
