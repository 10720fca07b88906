import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import type { TieKind } from '../network/kinds.js';
import { inKeyOrder, listsInKeyOrder } from '../shared/key-order.js';
import { staleBefore, utcToday } from './age.js';
import type { NodeType } from './node-states.js';
import type { TieFilter, TieShape } from './types.js';

type Ids = { ids: readonly string[] };
type PageParams = {
  anchorType: NodeType | null;
  anchorId: string | null;
  kinds: readonly TieKind[] | null;
  staleBefore: string | null;
  includeArchived: boolean;
  offset: number;
  limit: number;
};

const byIdQuery = cypher<Ids, { tie: TieShape }>('ties/ties-by-id');
const ofNodesQuery = cypher<Ids & { type: NodeType }, { key: string; ties: TieShape[] }>(
  'ties/ties-of-nodes',
);
const pageQuery = cypher<PageParams, { totalCount: number; ties: TieShape[] }>('ties/ties-page');

export async function tiesById(db: Database, ids: readonly string[]) {
  const rows = await db.read(byIdQuery, { ids });
  return inKeyOrder(
    ids,
    rows.map((row) => row.tie),
    (tie) => tie.id,
  );
}

/** The active ties of each organisation or professional, seen from it. */
export async function tiesOfNodes(db: Database, type: NodeType, ids: readonly string[]) {
  const rows = await db.read(ofNodesQuery, { type, ids });
  return listsInKeyOrder(
    ids,
    rows.map((row) => ({ key: row.key, items: row.ties })),
  );
}

export async function tiesPage(
  db: Database,
  filter: TieFilter,
  page: { offset: number; limit: number },
) {
  const anchor: { type: NodeType; id: string } | null = filter.organisationId
    ? { type: 'Organisation', id: filter.organisationId }
    : filter.professionalId
      ? { type: 'Professional', id: filter.professionalId }
      : null;
  const [row] = await db.read(pageQuery, {
    anchorType: anchor?.type ?? null,
    anchorId: anchor?.id ?? null,
    kinds: filter.kinds?.length ? filter.kinds : null,
    staleBefore: filter.staleOnly ? staleBefore(utcToday()) : null,
    includeArchived: filter.includeArchived ?? false,
    ...page,
  });
  return row ?? { totalCount: 0, ties: [] };
}
