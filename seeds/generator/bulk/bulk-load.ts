import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { localStoreAbsent, runBulkImport } from '../../../server/src/db/local/bulk-import.js';
import type { Dataset } from '../generate.js';
import { writeImportFiles } from './write-dataset.js';

/** How a bulk load reports itself: what it does now, and rows-equivalents done of the total. */
export type PhaseProgress = (activity: string, done: number, total: number) => void;

// Shares of the whole bulk load, by the time each phase took on the national preset.
const share = { write: 0.37, import: 0.29 };
/** What is left after the import: starting Neo4j, migrations and index population. */
export const finishShare = 1 - share.write - share.import;

/**
 * Generates a dataset into CSV files and imports them into the local database, which must not
 * exist yet (Neo4j not started on it). On failure the half-written store is removed again, so
 * the next start finds no database, as before. The files go to a folder inside the data
 * folder (same disk), removed afterwards.
 */
export async function bulkImportDataset(
  dataset: Dataset,
  options: {
    dataDir: string;
    heap?: string;
    onProgress?: PhaseProgress;
    log?: (line: string) => void;
  },
) {
  const dir = join(options.dataDir, `bulk-import-${process.pid}`);
  const report = options.onProgress ?? (() => {});
  let rows = 0;
  let total = 1;
  if (!localStoreAbsent(options.dataDir)) {
    throw new Error(`the database in ${options.dataDir} exists; a bulk import needs none`);
  }
  rmSync(dir, { recursive: true, force: true });
  try {
    const started = performance.now();
    const written = writeImportFiles(dataset, dir, {
      onProgress: (entity, n, estimate) => {
        rows += n;
        total = Math.max(estimate, rows);
        report(`generating ${entity}`, share.write * rows, total);
      },
    });
    total = written.rows;
    const wrote = performance.now();
    const importer = await runBulkImport({
      dataDir: options.dataDir,
      inputDir: dir,
      heap: options.heap,
      log: options.log,
      onProgress: (done) => report('importing', (share.write + share.import * done) * total, total),
    });
    const seconds = { write: (wrote - started) / 1000, import: (performance.now() - wrote) / 1000 };
    return { ...written, importer, seconds };
  } catch (error) {
    removeLocalDatabase(options.dataDir);
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Deletes the local `neo4j` database's store and transaction logs (Neo4j must be stopped). */
export function removeLocalDatabase(dataDir: string, database = 'neo4j') {
  rmSync(join(dataDir, 'data', 'databases', database), { recursive: true, force: true });
  rmSync(join(dataDir, 'data', 'transactions', database), { recursive: true, force: true });
}
