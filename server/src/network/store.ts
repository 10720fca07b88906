import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import type { MunicipalityShape } from '../geography/types.js';
import { inKeyOrder, listsInKeyOrder } from '../shared/key-order.js';
import type { OrganisationKind, TieKind } from './kinds.js';
import type {
  NetworkGraphShape,
  OrganisationFilter,
  OrganisationShape,
  ProfessionalShape,
  TieShape,
} from './types.js';

type Ids = { ids: readonly string[] };

const organisationsByIdQuery = cypher<Ids, OrganisationShape>('network/organisations-by-id');
const organisationsPageQuery = cypher<
  {
    kinds: readonly OrganisationKind[] | null;
    municipalityCode: string | null;
    regionCode: string | null;
    offset: number;
    limit: number;
  },
  { totalCount: number; organisations: OrganisationShape[] }
>('network/organisations-page');
const municipalitiesQuery = cypher<Ids, { key: string; municipalities: MunicipalityShape[] }>(
  'network/municipalities-of-organisations',
);
const professionalsQuery = cypher<Ids, { key: string; professionals: ProfessionalShape[] }>(
  'network/professionals-of-organisations',
);
const professionalsByIdQuery = cypher<Ids, ProfessionalShape>('network/professionals-by-id');
const tiesQuery = cypher<Ids, { key: string; ties: TieShape[] }>('network/ties-of-organisations');
const regionNetworkQuery = cypher<
  { code: string },
  {
    organisations: OrganisationShape[];
    ties: { id: string; source: string; target: string; kind: TieKind }[];
  }
>('network/region-network');

export async function organisationsById(db: Database, ids: readonly string[]) {
  return inKeyOrder(ids, await db.read(organisationsByIdQuery, { ids }), (row) => row.id);
}

export async function professionalsById(db: Database, ids: readonly string[]) {
  return inKeyOrder(ids, await db.read(professionalsByIdQuery, { ids }), (row) => row.id);
}

export async function organisationsPage(
  db: Database,
  filter: OrganisationFilter,
  page: { offset: number; limit: number },
) {
  const [row] = await db.read(organisationsPageQuery, {
    kinds: filter.kinds?.length ? filter.kinds : null,
    municipalityCode: filter.municipalityCode ?? null,
    regionCode: filter.regionCode ?? null,
    ...page,
  });
  return row ?? { totalCount: 0, organisations: [] };
}

export async function municipalitiesOfOrganisations(db: Database, ids: readonly string[]) {
  const rows = await db.read(municipalitiesQuery, { ids });
  return listsInKeyOrder(
    ids,
    rows.map((row) => ({ key: row.key, items: row.municipalities })),
  );
}

export async function professionalsOfOrganisations(db: Database, ids: readonly string[]) {
  const rows = await db.read(professionalsQuery, { ids });
  return listsInKeyOrder(
    ids,
    rows.map((row) => ({ key: row.key, items: row.professionals })),
  );
}

export async function tiesOfOrganisations(db: Database, ids: readonly string[]) {
  const rows = await db.read(tiesQuery, { ids });
  return listsInKeyOrder(
    ids,
    rows.map((row) => ({ key: row.key, items: row.ties })),
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
