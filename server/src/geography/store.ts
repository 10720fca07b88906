import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { inKeyOrder, listsInKeyOrder } from '../shared/key-order.js';
import type { RegionKind } from './kinds.js';
import type { MunicipalityShape, RegionShape } from './types.js';

const regionsByKindQuery = cypher<{ kind: RegionKind }, RegionShape>('geography/regions-by-kind');
const regionsByCodeQuery = cypher<{ codes: readonly string[] }, RegionShape>(
  'geography/regions-by-code',
);
const municipalitiesByCodeQuery = cypher<{ codes: readonly string[] }, MunicipalityShape>(
  'geography/municipalities-by-code',
);
const municipalitiesOfRegionsQuery = cypher<
  { codes: readonly string[] },
  { key: string; municipalities: MunicipalityShape[] }
>('geography/municipalities-of-regions');

const contactQuery = cypher<
  { codes: readonly string[] },
  { key: string; municipalityCode: string }
>('geography/contact-municipalities');
const regionsOfMunicipalitiesQuery = cypher<
  { codes: readonly string[] },
  { key: string; regionCodes: string[] }
>('geography/regions-of-municipalities');
const municipalitiesPageQuery = cypher<
  {
    regionCode: string | null;
    province: string | null;
    search: string | null;
    offset: number;
    limit: number;
  },
  { totalCount: number; municipalities: MunicipalityShape[] }
>('geography/municipalities-page');

export async function contactMunicipalities(db: Database, codes: readonly string[]) {
  const rows = await db.read(contactQuery, { codes });
  return inKeyOrder(codes, rows, (row) => row.key).map((row) => row?.municipalityCode ?? null);
}

export async function regionsOfMunicipalities(db: Database, codes: readonly string[]) {
  const rows = await db.read(regionsOfMunicipalitiesQuery, { codes });
  return listsInKeyOrder(
    codes,
    rows.map((row) => ({ key: row.key, items: row.regionCodes })),
  );
}

export async function municipalitiesPage(
  db: Database,
  filter: { regionCode?: string | null; province?: string | null; search?: string | null },
  page: { offset: number; limit: number },
) {
  const [row] = await db.read(municipalitiesPageQuery, {
    regionCode: filter.regionCode ?? null,
    province: filter.province ?? null,
    search: filter.search?.trim() || null,
    ...page,
  });
  return row ?? { totalCount: 0, municipalities: [] };
}

export function regionsOfKind(db: Database, kind: RegionKind) {
  return db.read(regionsByKindQuery, { kind });
}

export async function regionsByCode(db: Database, codes: readonly string[]) {
  const rows = await db.read(regionsByCodeQuery, { codes });
  return inKeyOrder(codes, rows, (row) => row.code);
}

export async function municipalitiesByCode(db: Database, codes: readonly string[]) {
  const rows = await db.read(municipalitiesByCodeQuery, { codes });
  return inKeyOrder(codes, rows, (row) => row.code);
}

export async function municipalitiesOfRegions(db: Database, codes: readonly string[]) {
  const rows = await db.read(municipalitiesOfRegionsQuery, { codes });
  return listsInKeyOrder(
    codes,
    rows.map((row) => ({ key: row.key, items: row.municipalities })),
  );
}
