import { cypher } from '../server/src/db/cypher.js';
import type { Database } from '../server/src/db/database.js';
import type { RegionKind } from '../server/src/geography/kinds.js';
import { type MunicipalityRow, readMunicipalities } from './reference/read.js';

interface RegionRow {
  code: string;
  name: string;
  kind: RegionKind;
  /** True where no open source exists and Rizoom made the region up (see SOURCES.md). */
  synthetic: boolean;
  /** The contact municipality (RMC regions: synthetic, the most populous one). */
  contactCode: string | null;
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

/**
 * Every region a municipality belongs to, one per kind. The samenwerkingsverbanden passend
 * onderwijs have no open source with their municipalities, so each RMC region gets a synthetic
 * PO and VO samenwerkingsverband region with the same municipalities, marked synthetic.
 */
function regionsOf(row: MunicipalityRow): RegionRow[] {
  const cbs = { synthetic: false, contactCode: null };
  const swv = { name: `${row.rmc_region_name} (synthetisch)`, synthetic: true, contactCode: null };
  return [
    { code: row.rmc_region_code, name: row.rmc_region_name, kind: 'RMC', ...cbs },
    { code: `SWVPO-${row.rmc_region_code}`, kind: 'SWV_PO', ...swv, name: `SWV PO ${swv.name}` },
    { code: `SWVVO-${row.rmc_region_code}`, kind: 'SWV_VO', ...swv, name: `SWV VO ${swv.name}` },
    { code: row.ggd_region_code, name: row.ggd_region, kind: 'GGD', ...cbs },
    { code: row.jeugdregio_code, name: row.jeugdregio, kind: 'JEUGDREGIO', ...cbs },
    {
      code: row.arbeidsmarktregio_code,
      name: row.arbeidsmarktregio,
      kind: 'ARBEIDSMARKTREGIO',
      ...cbs,
    },
    {
      code: row.veiligheidsregio_code,
      name: row.veiligheidsregio,
      kind: 'VEILIGHEIDSREGIO',
      ...cbs,
    },
  ];
}

/** No open source names the RMC contact municipalities: Rizoom takes the most populous one. */
function withContactMunicipalities(regions: Map<string, RegionRow>, rows: MunicipalityRow[]) {
  const largest = new Map<string, MunicipalityRow>();
  for (const row of rows) {
    const current = largest.get(row.rmc_region_code);
    if (!current || row.population > current.population) largest.set(row.rmc_region_code, row);
  }
  for (const [code, municipality] of largest) {
    const region = regions.get(code);
    if (region) regions.set(code, { ...region, contactCode: municipality.code });
  }
}

/** Loads the real municipalities and their regions; returns how many municipalities. */
export async function loadGeography(db: Database, rows = readMunicipalities()): Promise<number> {
  const regions = new Map<string, RegionRow>();
  for (const row of rows) for (const region of regionsOf(row)) regions.set(region.code, region);
  withContactMunicipalities(regions, rows);
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
