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
