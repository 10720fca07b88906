import { Random, subSeed } from '../random.js';
import { type MunicipalityRow, readMunicipalities } from '../reference/read.js';
import { dayOf } from './calendar.js';
import { kindWeights } from './case-drafts.js';
import { type CasePlants, plantCases } from './case-plants.js';
import { type CaseContext, ChunkBuilder, Subjects } from './cases.js';
import { sequentialId } from './codes.js';
import { type CohortStats, generateCohorts } from './cohorts.js';
import { apportion, groupBy, municipalitiesOf, populationOf } from './geography.js';
import {
  expectedTiesTemplate,
  type Manifest,
  manifestFormat,
  manifestRules,
  sectorOf,
  vmboSection,
} from './manifest.js';
import { generateNetwork, type Network } from './network.js';
import {
  defaultReferenceDate,
  type Preset,
  type PresetName,
  preset as presetFor,
} from './presets.js';
import { baseCase, RegionPools } from './region-cases.js';
import type { CaseChunk, NetworkRows } from './types.js';

export interface GenerateOptions {
  seed?: number;
  /** The data's "today" (YYYY-MM-DD); nothing reads the clock. */
  referenceDate?: string;
  /** The RMC region of the single-region presets (tiny, region). */
  regionCode?: string;
  municipalities?: readonly MunicipalityRow[];
}

export const defaultSeed = 2026;

interface CasesOutcome {
  counts: { cases: number; involvements: number; handovers: number; subjects: number };
  plants: CasePlants[];
  cohorts: CohortStats[];
  gapCases: string[];
}

/**
 * A synthetic dataset, deterministic for (preset, seed, reference date). The network is made at
 * once; the cases come region by region from `caseChunks()` (a national set is too large to hold
 * whole), and `manifest()` is complete once every chunk has been taken.
 */
export interface Dataset {
  preset: ReturnType<typeof presetFor>;
  seed: number;
  referenceDate: string;
  network: NetworkRows;
  regionCodes: string[];
  regionPopulation: ReadonlyMap<string, number>;
  totalPopulation: number;
  /** A first guess at the rows of all cases, involvements and handovers (for a progress bar). */
  estimatedCaseRows: number;
  caseChunks(): Generator<CaseChunk>;
  manifest(): Manifest;
}

export function createDataset(name: PresetName, options: GenerateOptions = {}): Dataset {
  const preset = presetFor(name, options.regionCode);
  const seed = options.seed ?? defaultSeed;
  const referenceDate = options.referenceDate ?? defaultReferenceDate;
  const referenceDay = dayOf(referenceDate);
  const all = options.municipalities ?? readMunicipalities();
  const network = generateNetwork(preset, seed, referenceDay, all);
  const byRegion = groupBy(municipalitiesOf(all, preset.regions), (m) => m.rmc_region_code);
  const regionCodes = [...byRegion.keys()].sort();
  const population = new Map([...byRegion].map(([code, rows]) => [code, populationOf(rows)]));
  const totalPopulation = [...population.values()].reduce((a, b) => a + b, 0);
  const total =
    'total' in preset.baseCases
      ? preset.baseCases.total
      : Math.round(totalPopulation * preset.baseCases.perInhabitant);
  const baseCounts = apportion(population, total, 0);

  // The outcome of the last complete pass over the cases, for the manifest.
  let finished: CasesOutcome | null = null;

  /** Every call starts afresh (ids, subjects, the same random streams): the same chunks each time. */
  function* caseChunks(): Generator<CaseChunk> {
    const ids = {
      nextCaseId: sequentialId(name, 'case', 6),
      nextHandoverId: sequentialId(name, 'handover', 7),
    };
    const subjects = new Subjects(name);
    const outcome: CasesOutcome = {
      counts: { cases: 0, involvements: 0, handovers: 0, subjects: 0 },
      plants: [],
      cohorts: [],
      gapCases: [],
    };
    for (const regionCode of regionCodes) {
      const random = new Random(subSeed(seed, `cases:${regionCode}`));
      const context: CaseContext = {
        directory: network.directory,
        tied: network.ties.tied,
        random,
        referenceDay,
        subjects,
        ...ids,
      };
      const pools = new RegionPools(network.directory, regionCode, random);
      const builder = new ChunkBuilder(regionCode);
      for (let i = 0; i < (baseCounts.get(regionCode) ?? 0); i++) {
        const made = baseCase(context, pools, random.weighted(kindWeights));
        if (made) builder.add(made);
      }
      outcome.cohorts.push(...generateCohorts(context, preset, pools, builder));
      outcome.plants.push(plantCases(context, preset, pools, builder));
      const gap = preset.plants.provisionGap;
      if (gap?.regionCode === regionCode) {
        const needing = builder.chunk.cases.filter((c) => c.needs.includes(gap.need));
        outcome.gapCases.push(...needing.map((c) => c.id));
      }
      outcome.counts.cases += builder.chunk.cases.length;
      outcome.counts.involvements += builder.chunk.involvements.length;
      outcome.counts.handovers += builder.chunk.handovers.length;
      yield builder.chunk;
    }
    outcome.counts.subjects = subjects.issued;
    finished = outcome;
  }

  function manifest(): Manifest {
    if (!finished) throw new Error('take every case chunk before asking for the manifest');
    return buildManifest(preset, name, seed, referenceDate, regionCodes, network, finished);
  }

  return {
    preset,
    seed,
    referenceDate,
    network: network.rows,
    regionCodes,
    regionPopulation: population,
    totalPopulation,
    // About 1.1 cases per base case with the cohorts, and 4 rows per case with its relations.
    estimatedCaseRows: Math.round(total * 1.1 * 4),
    caseChunks,
    manifest,
  };
}

function buildManifest(
  preset: Preset,
  name: PresetName,
  seed: number,
  referenceDate: string,
  regionCodes: string[],
  network: Network,
  { counts: caseCounts, plants, cohorts, gapCases }: CasesOutcome,
): Manifest {
  const rows = network.rows;
  const planted = preset.plants;
  const vmboPlan = planted.vmboDropout;
  const plantedSchool = cohorts.find((s) => s.planted)?.schoolId;
  const broker = planted.soleBroker
    ? network.regional.get(planted.soleBroker.regionCode)?.rmc
    : undefined;
  const brokerRegion = planted.soleBroker?.regionCode;
  return {
    format: manifestFormat,
    preset: name,
    seed,
    referenceDate,
    idPrefix: `${name}-`,
    regions: regionCodes,
    rules: manifestRules,
    counts: {
      organisations: rows.organisations.length,
      professionals: rows.professionals.length,
      ties: rows.ties.length,
      tables: rows.tables.length,
      seats: rows.seats.length,
      ...caseCounts,
    },
    sectors: sectorOf,
    expectedTies: expectedTiesTemplate(),
    planted: {
      missingTies: network.ties.missing,
      provisionGap: planted.provisionGap
        ? {
            regionCode: planted.provisionGap.regionCode,
            need: planted.provisionGap.need,
            caseIds: gapCases,
          }
        : null,
      vmboDropout: vmboSection(cohorts, vmboPlan?.regionCode, plantedSchool),
      stalledHandovers: plants.flatMap((p) => p.stalled),
      pingPongHandovers: plants.flatMap((p) => p.pingPong),
      multiPartyWithoutCoordinator: plants.flatMap((p) => p.noCoordinator),
      soleBroker:
        broker && brokerRegion
          ? {
              regionCode: brokerRegion,
              brokerId: broker,
              sector: 'WORK',
              sectorOrganisationIds: network.directory
                .inRegion(brokerRegion, 'UWV', 'WERK_EN_INKOMEN', 'EMPLOYER')
                .map((o) => o.id),
            }
          : null,
      hiddenCollaboration: plants.find((p) => p.hidden)?.hidden ?? null,
      staleTies: { count: network.ties.stale.length, ids: [...network.ties.stale].sort() },
    },
  };
}

/** The whole dataset at once: for tests and small presets. */
export function generateAll(name: PresetName, options: GenerateOptions = {}) {
  const dataset = createDataset(name, options);
  const chunks = [...dataset.caseChunks()];
  return { dataset, chunks, manifest: dataset.manifest() };
}
