import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import type { MunicipalityShape } from '../geography/types.js';
import { listsInKeyOrder } from '../shared/key-order.js';
import type { TieKind } from './kinds.js';
import type { NetworkGraphShape, OrganisationSummary } from './types.js';

type Ids = { ids: readonly string[] };

const municipalitiesQuery = cypher<Ids, { key: string; municipalities: MunicipalityShape[] }>(
  'network/municipalities-of-organisations',
);
const regionNetworkQuery = cypher<
  { code: string },
  {
    organisations: OrganisationSummary[];
    ties: { id: string; source: string; target: string; kind: TieKind }[];
  }
>('network/region-network');

export async function municipalitiesOfOrganisations(db: Database, ids: readonly string[]) {
  const rows = await db.read(municipalitiesQuery, { ids });
  return listsInKeyOrder(
    ids,
    rows.map((row) => ({ key: row.key, items: row.municipalities })),
  );
}

/** A region's organisations and the ties among them, with each organisation's degree. */
export async function regionNetwork(db: Database, code: string): Promise<NetworkGraphShape> {
  const [row] = await db.read(regionNetworkQuery, { code });
  if (!row) return { nodes: [], edges: [] };
  const degree = new Map<string, number>();
  for (const tie of row.ties) {
    degree.set(tie.source, (degree.get(tie.source) ?? 0) + 1);
    degree.set(tie.target, (degree.get(tie.target) ?? 0) + 1);
  }
  return {
    nodes: row.organisations.map((o) => ({ ...o, degree: degree.get(o.id) ?? 0 })),
    edges: row.ties,
  };
}
