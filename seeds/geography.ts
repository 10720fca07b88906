import { cypher } from '../server/src/db/cypher.js';
import type { Database } from '../server/src/db/database.js';
import type { RegionKind } from '../server/src/geography/kinds.js';
import { type MunicipalityRow, readMunicipalities } from './reference/read.js';

interface RegionRow {
  code: string;
  name: string;
  kind: RegionKind;
}

const loadGeographyQuery = cypher<
  {
    regions: RegionRow[];
    municipalities: {
      code: string;
      name: string;
      provinceCode: string;
      province: string;
      lat: number;
      lon: number;
      population: number;
      populationYear: number;
      regionCodes: string[];
    }[];
  },
  { municipalities: number }
>('seeds/geography');

/** Every region a municipality belongs to, one per kind. */
function regionsOf(row: MunicipalityRow): RegionRow[] {
  return [
    { code: row.rmc_region_code, name: row.rmc_region_name, kind: 'RMC' },
    { code: row.ggd_region_code, name: row.ggd_region, kind: 'GGD' },
    { code: row.jeugdregio_code, name: row.jeugdregio, kind: 'JEUGDREGIO' },
    { code: row.arbeidsmarktregio_code, name: row.arbeidsmarktregio, kind: 'ARBEIDSMARKTREGIO' },
    { code: row.veiligheidsregio_code, name: row.veiligheidsregio, kind: 'VEILIGHEIDSREGIO' },
  ];
}

/** Loads the real municipalities and their regions; returns how many municipalities. */
export async function loadGeography(db: Database, rows = readMunicipalities()): Promise<number> {
  const regions = new Map<string, RegionRow>();
  for (const row of rows) for (const region of regionsOf(row)) regions.set(region.code, region);
  const [result] = await db.write(loadGeographyQuery, {
    regions: [...regions.values()],
    municipalities: rows.map((row) => ({
      code: row.code,
      name: row.name,
      provinceCode: row.province_code,
      province: row.province,
      lat: row.lat,
      lon: row.lon,
      population: row.population,
      populationYear: row.population_year,
      regionCodes: regionsOf(row).map((region) => region.code),
    })),
  });
  return result?.municipalities ?? 0;
}
