import type { Need } from '../../server/src/vocabulary/needs.js';

export const presetNames = ['tiny', 'region', 'demo', 'national'] as const;
export type PresetName = (typeof presetNames)[number];

/** Where each planted pattern goes and how big it is (see README.md, "The manifest"). */
export interface PlantPlan {
  /** Expected ties left out: every pair of these rules (or `share` of them) in the region. */
  missingTies: { regionCode: string; rules: string[]; share: number }[];
  /** A need the region's cases have that no organisation serving the region offers. */
  provisionGap: { regionCode: string; need: Need; cases: number } | null;
  /** One vmbo whose warm transfers to MBO drop out in their first year far more often. */
  vmboDropout: { regionCode: string; transfers: number; dropoutRate: number } | null;
  /** Handovers still requested, well past the service level of 5 working days. */
  stalled: { regionCodes: string[]; perRegion: number };
  /** Cases handed from A to B and straight back from B to A. */
  pingPong: { regionCodes: string[]; perRegion: number };
  /** Open cases with three or more organisations involved and nobody holding the regie. */
  noCoordinator: { regionCodes: string[]; perRegion: number };
  /** A region whose work sector (UWV, Werk & Inkomen, employers) is reached only through its RMC. */
  soleBroker: { regionCode: string } | null;
  /** Two organisations that hand many cases to each other without any tie. */
  hiddenCollaboration: { regionCode: string; handovers: number } | null;
  /** Share of ties last confirmed more than 12 months before the reference date. */
  staleTieShare: number;
}

export interface Density {
  /** Primary and special primary schools (PO, SO). */
  primarySchools: number;
  /** VO, praktijkonderwijs and VSO schools. */
  secondarySchools: number;
  employers: number;
  /** Wijkteams, jeugdzorg and GGZ providers. */
  providers: number;
  /** Professionals per organisation. */
  staff: number;
}

export interface Preset {
  name: PresetName;
  /** The RMC regions it covers. */
  regions: 'all' | readonly string[];
  /** Multipliers of the national densities (DOMAIN.md scale is 1). */
  density: Density;
  /** Cases besides the VO → MBO cohorts and the planted ones, over the two years before the reference date. */
  baseCases: { perInhabitant: number } | { total: number };
  /** At-risk pupils per VO school and cohort year handed over warmly to an MBO (registered as cases). */
  transfersPerSchool: number;
  /** First-year dropout rate of those transfers at every school but the planted one. */
  baselineDropoutRate: number;
  /** Share of organisation ties that also tie two of their professionals. */
  professionalTieShare: number;
  /** Regions with consultation tables (ZAT, thuiszitterstafel, overstaptafel, MDO). */
  tableRegions: 'all' | readonly string[];
  plants: PlantPlan;
}

/** A fixed "today" for generated data: nothing reads the clock. Analyses judge the data as of this day. */
export const defaultReferenceDate = '2026-11-16';

const nationalPlants: PlantPlan = {
  missingTies: [
    { regionCode: 'MC05', rules: ['LEERPLICHT-HALT', 'LEERPLICHT-OM'], share: 1 },
    { regionCode: 'MC23', rules: ['SCHOOL-GGD'], share: 0.3 },
    { regionCode: 'MC31', rules: ['RMC-UWV', 'RMC-WERK_EN_INKOMEN'], share: 1 },
  ],
  provisionGap: { regionCode: 'MC27', need: 'HOOGBEGAAFDHEID', cases: 24 },
  vmboDropout: { regionCode: 'MC12', transfers: 40, dropoutRate: 0.55 },
  stalled: { regionCodes: ['MC10', 'MC26', 'MC37'], perRegion: 12 },
  pingPong: { regionCodes: ['MC11', 'MC29'], perRegion: 10 },
  noCoordinator: { regionCodes: ['MC16', 'MC34'], perRegion: 10 },
  soleBroker: { regionCode: 'MC18' },
  hiddenCollaboration: { regionCode: 'MC36', handovers: 14 },
  staleTieShare: 0.06,
};

/** Every pattern in the one region of a single-region preset. */
function oneRegionPlants(regionCode: string, scale: number): PlantPlan {
  const n = (count: number) => Math.max(2, Math.round(count * scale));
  return {
    missingTies: [{ regionCode, rules: ['LEERPLICHT-HALT', 'SCHOOL-GGD'], share: 0.5 }],
    provisionGap: { regionCode, need: 'HOOGBEGAAFDHEID', cases: n(8) },
    vmboDropout: { regionCode, transfers: n(16), dropoutRate: 0.55 },
    stalled: { regionCodes: [regionCode], perRegion: n(6) },
    pingPong: { regionCodes: [regionCode], perRegion: n(5) },
    noCoordinator: { regionCodes: [regionCode], perRegion: n(5) },
    soleBroker: { regionCode },
    hiddenCollaboration: { regionCode, handovers: n(8) },
    staleTieShare: 0.08,
  };
}

export function preset(name: PresetName, regionCode?: string): Preset {
  switch (name) {
    case 'tiny': {
      const region = regionCode ?? 'MC15';
      return {
        name,
        regions: [region],
        density: {
          primarySchools: 0.1,
          secondarySchools: 0.5,
          employers: 0.04,
          providers: 0.5,
          staff: 0.25,
        },
        baseCases: { total: 120 },
        transfersPerSchool: 8,
        baselineDropoutRate: 0.12,
        professionalTieShare: 0.5,
        tableRegions: 'all',
        plants: oneRegionPlants(region, 1),
      };
    }
    case 'region': {
      const region = regionCode ?? 'MC35';
      return {
        name,
        regions: [region],
        density: { primarySchools: 1, secondarySchools: 1, employers: 1, providers: 1, staff: 1 },
        baseCases: { perInhabitant: 300_000 / 17_942_942 },
        transfersPerSchool: 13,
        baselineDropoutRate: 0.12,
        professionalTieShare: 0.5,
        tableRegions: 'all',
        plants: oneRegionPlants(region, 2),
      };
    }
    case 'demo':
      return {
        name,
        regions: 'all',
        density: {
          primarySchools: 0.05,
          secondarySchools: 0.45,
          employers: 0.02,
          providers: 0.35,
          staff: 0.2,
        },
        baseCases: { total: 360 },
        transfersPerSchool: 0.4,
        baselineDropoutRate: 0.12,
        professionalTieShare: 0.1,
        // A light demo: tables in the showcase regions only.
        tableRegions: ['MC19', 'MC21', 'MC28', 'MC29', 'MC35'],
        plants: {
          missingTies: [
            { regionCode: 'MC05', rules: ['LEERPLICHT-HALT', 'LEERPLICHT-OM'], share: 1 },
          ],
          provisionGap: { regionCode: 'MC27', need: 'HOOGBEGAAFDHEID', cases: 4 },
          vmboDropout: { regionCode: 'MC19', transfers: 12, dropoutRate: 0.6 },
          stalled: { regionCodes: ['MC19', 'MC21'], perRegion: 3 },
          pingPong: { regionCodes: ['MC19', 'MC21'], perRegion: 2 },
          noCoordinator: { regionCodes: ['MC19', 'MC21'], perRegion: 2 },
          soleBroker: { regionCode: 'MC20' },
          hiddenCollaboration: { regionCode: 'MC35', handovers: 5 },
          staleTieShare: 0.08,
        },
      };
    case 'national':
      return {
        name,
        regions: 'all',
        density: { primarySchools: 1, secondarySchools: 1, employers: 1, providers: 1, staff: 1 },
        baseCases: { perInhabitant: 300_000 / 17_942_942 },
        transfersPerSchool: 13,
        baselineDropoutRate: 0.12,
        professionalTieShare: 0.5,
        tableRegions: 'all',
        plants: nationalPlants,
      };
  }
}

/** Ids of a preset start with its name (`demo-org-00001`), so presets can share a database. */
export const idPrefix = (name: PresetName) => name;
