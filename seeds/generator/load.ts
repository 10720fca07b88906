import { type BatchQuery, writeInBatches } from '../../server/src/db/batches.js';
import { cypher } from '../../server/src/db/cypher.js';
import type { Database } from '../../server/src/db/database.js';
import type { Dataset } from './generate.js';
import { deletePresetNodes, deletePresetSubjects, seedQueries, temporalFields } from './queries.js';
import type { EntityName } from './types.js';

export interface LoadOptions {
  batchSize?: number;
  /** Transactions in flight per statement. */
  concurrency?: number;
  /** Told after every batch: the entity, rows just written, and the best estimate of all rows. */
  onProgress?: (entity: EntityName, rows: number, estimatedTotal: number) => void;
}

export type EntityCounts = Record<EntityName, number>;

const entityNames: EntityName[] = [
  'organisations',
  'professionals',
  'ties',
  'tables',
  'seats',
  'cases',
  'involvements',
  'handovers',
];

/** Rows written per entity, all zero. */
export const emptyCounts = () => Object.fromEntries(entityNames.map((k) => [k, 0])) as EntityCounts;

/** Who asserted the ties of a preset: the demo network keeps the name it always had. */
export const assertedByOf = (preset: string) =>
  preset === 'demo' ? 'Rizoom demo data' : `Rizoom synthetic data (${preset})`;

/**
 * Writes a dataset through the db layer: organisations (schools after their samenwerkingsverband),
 * professionals, ties, tables and seats, then the cases region by region, each region's
 * involvements and handovers written while the next region is generated. Every statement is
 * idempotent on ids, so a second load (or a rerun after a failure) creates nothing new.
 */
export async function loadDataset(db: Database, dataset: Dataset, options: LoadOptions = {}) {
  const counts = emptyCounts();
  const source = dataset.preset.name;
  const network = dataset.network;
  const networkRows = Object.values(network).reduce((sum, rows) => sum + rows.length, 0);
  let estimate = networkRows + dataset.estimatedCaseRows;
  const write = <R, P extends object>(
    entity: EntityName,
    query: BatchQuery<R, P>,
    rows: R[],
    params?: P,
  ) =>
    writeInBatches(db, query, rows, {
      batchSize: options.batchSize,
      concurrency: options.concurrency,
      params,
      temporal: temporalFields[entity],
      onBatch: (n) => {
        counts[entity] += n;
        options.onProgress?.(entity, n, estimate);
      },
    });

  const [swvFirst, members] = partition(network.organisations, (o) => o.swvId === null);
  await write('organisations', seedQueries.organisations, swvFirst, { source });
  await write('organisations', seedQueries.organisations, members, { source });
  await write('professionals', seedQueries.professionals, network.professionals, { source });
  const [organisationTies, professionalTies] = partition(
    network.ties,
    (t) => t.type === 'Organisation',
  );
  const tieParams = { source, assertedBy: assertedByOf(source) };
  await write('ties', seedQueries.organisationTies, organisationTies, tieParams);
  await write('ties', seedQueries.professionalTies, professionalTies, tieParams);
  await write('tables', seedQueries.tables, network.tables, { source });
  await write('seats', seedQueries.seats, network.seats);

  let caseRows = 0;
  let population = 0;
  let previous: Promise<unknown> = Promise.resolve();
  for (const chunk of dataset.caseChunks()) {
    await write('cases', seedQueries.cases, chunk.cases);
    const relations = Promise.all([
      write('involvements', seedQueries.involvements, chunk.involvements),
      write('handovers', seedQueries.handovers, chunk.handovers),
    ]);
    // Keep one region's relations in flight while the next region is generated.
    await previous;
    previous = relations;
    caseRows += chunk.cases.length + chunk.involvements.length + chunk.handovers.length;
    population += dataset.regionPopulation.get(chunk.regionCode) ?? 0;
    estimate =
      networkRows + Math.round((caseRows / Math.max(1, population)) * dataset.totalPopulation);
  }
  await previous;
  return {
    counts,
    rows: Object.values(counts).reduce((a, b) => a + b, 0),
    manifest: dataset.manifest(),
  };
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

const countOrganisations = cypher<object, { organisations: number }>('seeds/count-organisations');

export async function hasOrganisations(db: Database): Promise<boolean> {
  const [row] = await db.read(countOrganisations, {});
  return (row?.organisations ?? 0) > 0;
}

/** Removes everything a preset loaded (its ids start with `<preset>-`), in batches. */
export async function deletePreset(db: Database, preset: string, limit = 10_000) {
  const prefix = `${preset}-`;
  const until = async (step: () => Promise<number>) => {
    while ((await step()) > 0) {}
  };
  await until(
    async () => (await db.write(deletePresetSubjects, { prefix, limit }))[0]?.deleted ?? 0,
  );
  for (const label of ['Handover', 'Case', 'ConsultationTable', 'Professional', 'Organisation']) {
    await until(
      async () => (await db.write(deletePresetNodes, { prefix, label, limit }))[0]?.deleted ?? 0,
    );
  }
}
