import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { NotFoundError } from '../errors.js';

/** One region (by code: MC19, GG2514, …) or, with null, the whole graph. */
export interface ExportScope {
  regionCode: string | null;
}

/**
 * The ids an export covers, sorted. This is "the network": what is ACTIVE. Archived records,
 * ended jobs and ended seats are history that stays in Rizoom; they are never exported.
 * - organisations: serving a municipality of the region, and the SWVs of those schools;
 * - professionals: with a current job at one of those organisations;
 * - consultation tables: for a municipality of the region.
 * Ties and seats are covered when both their ends are.
 */
export interface ScopeIds {
  organisations: string[];
  professionals: string[];
  tables: string[];
}

const regionQuery = cypher<{ code: string }, { code: string; name: string }>('export/region');
const organisationsQuery = cypher<{ regionCode: string | null }, { ids: string[] }>(
  'export/scope-organisations',
);
const professionalsQuery = cypher<{ organisationIds: string[] }, { ids: string[] }>(
  'export/scope-professionals',
);
const tablesQuery = cypher<{ regionCode: string | null }, { ids: string[] }>('export/scope-tables');

/** NOT_FOUND for a region that does not exist, before any export starts. */
export async function requireRegion(db: Database, scope: ExportScope) {
  if (scope.regionCode === null) return;
  const [region] = await db.read(regionQuery, { code: scope.regionCode });
  if (!region) throw new NotFoundError('Region', scope.regionCode);
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function scopeIds(db: Database, scope: ExportScope): Promise<ScopeIds> {
  await requireRegion(db, scope);
  const [organisations] = await db.read(organisationsQuery, scope);
  const organisationIds = (organisations?.ids ?? []).sort(byCodeUnits);
  const professionalIds: string[] = [];
  for (let start = 0; start < organisationIds.length; start += 5_000) {
    const [found] = await db.read(professionalsQuery, {
      organisationIds: organisationIds.slice(start, start + 5_000),
    });
    professionalIds.push(...(found?.ids ?? []));
  }
  const [tables] = await db.read(tablesQuery, scope);
  return {
    organisations: organisationIds,
    professionals: [...new Set(professionalIds)].sort(byCodeUnits),
    tables: (tables?.ids ?? []).sort(byCodeUnits),
  };
}
