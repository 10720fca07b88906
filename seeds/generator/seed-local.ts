import { cypher } from '../../server/src/db/cypher.js';
import { createDatabase, type Database } from '../../server/src/db/database.js';
import { type ImporterStats, localStoreAbsent } from '../../server/src/db/local/bulk-import.js';
import {
  type LocalNeo4j,
  type LocalNeo4jOptions,
  startLocalNeo4j,
} from '../../server/src/db/local/local-neo4j.js';
import type { Logger } from '../../server/src/logger.js';
import { prepareDatabase } from '../../server/src/prepare.js';
import { bulkImportDataset, finishShare, type PhaseProgress } from './bulk/bulk-load.js';
import { createSchemaAtOnce } from './bulk/schema.js';
import type { Dataset } from './generate.js';
import { type LoadOptions, loadDataset } from './load.js';

const awaitIndexes = cypher<{ seconds: number }, object>('seeds/await-indexes');

export interface SeedLocalOptions {
  local: LocalNeo4jOptions;
  dataset: Dataset;
  logger: Logger;
  /** For the Cypher path (a database that holds data already). */
  batchSize?: number;
  concurrency?: number;
  /** `never`: always the Cypher path (for comparing the two). */
  bulk?: 'when-empty' | 'never';
  queryTimeoutMs?: number;
  onProgress?: PhaseProgress;
}

export interface Seeded {
  neo4j: LocalNeo4j;
  db: Database;
  /** `bulk`: imported offline into an empty database; `cypher`: written through Bolt. */
  path: 'bulk' | 'cypher';
  result: Awaited<ReturnType<typeof loadDataset>>;
  /** The bulk path: what the importer's JVM used, and how long each phase took (seconds). */
  bulk?: {
    importer: ImporterStats;
    seconds: { write: number; import: number; start: number; indexes: number };
  };
}

/**
 * Loads a preset into the local Neo4j and leaves it running, migrated and indexed. A database
 * that does not exist yet (a fresh NEO4J_DATA_DIR) gets the offline bulk import before Neo4j
 * starts on it; an existing one, whatever it holds, the idempotent Cypher loader, so loading a
 * preset again creates no duplicates and nothing of a database is ever replaced.
 */
export async function seedLocalNeo4j(options: SeedLocalOptions): Promise<Seeded> {
  const { local, logger } = options;
  const connect = (neo4j: LocalNeo4j) =>
    createDatabase({
      uri: neo4j.uri,
      database: 'neo4j',
      queryTimeoutMs: options.queryTimeoutMs ?? 600_000,
    });
  /** Starts Neo4j and readies the database; after a bulk import, schema first (all at once). */
  const start = async (imported = false) => {
    const neo4j = await startLocalNeo4j(local);
    const db = connect(neo4j);
    // The constraints are online when their transaction commits; the other indexes populate
    // in the background meanwhile, awaited at the end.
    if (imported) await createSchemaAtOnce(db, (line) => logger.warn(line));
    await prepareDatabase(db, { demoData: false, logger });
    return { neo4j, db };
  };
  const bulk = options.bulk !== 'never';

  if (!bulk || !localStoreAbsent(local.dataDir)) {
    const running = await start();
    return { ...running, path: 'cypher', result: await cypherLoad(running.db, options) };
  }

  const report = options.onProgress ?? (() => {});
  const result = await bulkImportDataset(options.dataset, {
    dataDir: local.dataDir,
    onProgress: report,
    log: (line) => logger.debug(line),
  });
  const finish = (activity: string, done: number) =>
    report(activity, (1 - finishShare * (1 - done)) * result.rows, result.rows);
  finish('starting Neo4j, creating indexes', 0);
  const imported = performance.now();
  const running = await start(true);
  const migrated = performance.now();
  finish('populating indexes', 0.8);
  await running.db.read(awaitIndexes, { seconds: 600 });
  finish('done', 1);
  const { importer, seconds, ...loaded } = result;
  return {
    ...running,
    path: 'bulk',
    result: loaded,
    bulk: {
      importer,
      seconds: {
        ...seconds,
        start: (migrated - imported) / 1000,
        indexes: (performance.now() - migrated) / 1000,
      },
    },
  };
}

async function cypherLoad(db: Database, options: SeedLocalOptions) {
  let rows = 0;
  const loadOptions: LoadOptions = {
    batchSize: options.batchSize,
    concurrency: options.concurrency,
    onProgress: (entity, n, total) => {
      rows += n;
      options.onProgress?.(entity, rows, total);
    },
  };
  return loadDataset(db, options.dataset, loadOptions);
}
