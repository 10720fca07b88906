import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import type { TieKind } from '../network/kinds.js';
import type { OrganisationShape } from '../network/types.js';
import { toShape as toProfessional } from '../professionals/store.js';
import type { ProfessionalShape, StoredProfessional } from '../professionals/types.js';
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
const ofNodesQuery = cypher<
  Ids & { type: NodeType },
  { key: string; ties: TieShape[]; neighbours: (OrganisationShape | StoredProfessional)[] }
>('ties/ties-of-nodes');
const pageQuery = cypher<PageParams, { totalCount: number; ties: TieShape[] }>('ties/ties-page');

export async function tiesById(db: Database, ids: readonly string[]) {
  const rows = await db.read(byIdQuery, { ids });
  return inKeyOrder(
    ids,
    rows.map((row) => row.tie),
    (tie) => tie.id,
  );
}

/** The other ends of ties, as their by-id loaders would return them. */
export type TieNeighbours =
  | { type: 'Organisation'; nodes: OrganisationShape[] }
  | { type: 'Professional'; nodes: ProfessionalShape[] };

/**
 * The active ties of each organisation or professional, seen from it, and the records of their
 * other ends (for the per-request loaders: `Tie.neighbour` then costs no second statement).
 */
export async function tiesOfNodes(
  db: Database,
  type: NodeType,
  ids: readonly string[],
): Promise<{ lists: TieShape[][]; neighbours: TieNeighbours }> {
  const rows = await db.read(ofNodesQuery, { type, ids });
  const others = rows.flatMap((row) => row.neighbours);
  return {
    lists: listsInKeyOrder(
      ids,
      rows.map((row) => ({ key: row.key, items: row.ties })),
    ),
    neighbours:
      type === 'Organisation'
        ? { type, nodes: others as OrganisationShape[] }
        : { type, nodes: (others as StoredProfessional[]).map(toProfessional) },
  };
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
