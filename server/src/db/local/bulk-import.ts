import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { jvmFlags } from './jvm.js';
import { provisionLocalNeo4j } from './provision.js';

export interface BulkImportOptions {
  /** The local Neo4j's home (NEO4J_DATA_DIR); its database must not exist yet. */
  dataDir: string;
  /** The folder of CSV files (nodes/, relationships/) the seeds' bulk writer made. */
  inputDir: string;
  /** Heap of the importer's JVM; its caches live off-heap. */
  heap?: string;
  database?: string;
  /** Told as the importer works through its stages, with the share of the whole import done. */
  onProgress?: (done: number) => void;
  log?: (line: string) => void;
}

/** What the importer's JVM used, for the benchmark. */
export interface ImporterStats {
  cpuSeconds: number;
  peakRssBytes: number;
}

/** The folder of a local database's store: absent until Neo4j or the bulk importer makes it. */
export function localStoreDir(dataDir: string, database = 'neo4j') {
  return join(dataDir, 'data', 'databases', database);
}

/**
 * True when the local database has never been created: no store files yet (a lock file alone
 * is what a failed start or import leaves). Only then may `runBulkImport` write one.
 */
export function localStoreAbsent(dataDir: string, database = 'neo4j') {
  const dir = localStoreDir(dataDir, database);
  return !existsSync(dir) || readdirSync(dir).every((file) => file === 'database_lock');
}

/**
 * Imports CSV files into a local database that does not exist yet, with Neo4j's offline bulk
 * importer (neo4j/src/main/java/nl/rizoom/neo4j/BulkImport.java), before Neo4j starts on it.
 * Resolves when the store is written; rejects with the importer's message otherwise.
 */
export async function runBulkImport(options: BulkImportOptions): Promise<ImporterStats> {
  const log = options.log ?? (() => {});
  if (!localStoreAbsent(options.dataDir, options.database)) {
    throw new Error(`the database in ${options.dataDir} exists; the bulk import needs none`);
  }
  const classpath = provisionLocalNeo4j(log);
  const child = spawn(
    process.env.JAVA ?? 'java',
    [
      ...jvmFlags(options.heap ?? '1g'),
      '-cp',
      classpath,
      'nl.rizoom.neo4j.BulkImport',
      options.dataDir,
      options.inputDir,
      options.database ?? 'neo4j',
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const stderr: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderr.push(line);
    if (stderr.length > 20) stderr.shift();
  });
  let failure: string | undefined;
  let stats: ImporterStats = { cpuSeconds: Number.NaN, peakRssBytes: Number.NaN };
  createInterface({ input: child.stdout }).on('line', (line) => {
    const [tag, ...rest] = line.split(' ');
    if (tag === 'RIZOOM_IMPORT_PROGRESS') {
      // "<stage>/<stages> <percent>": the stages weigh the same.
      const [stage = '0/1', percent = '0'] = rest;
      const [n = 0, of = 1] = stage.split('/').map(Number);
      options.onProgress?.((n - 1 + Number(percent) / 100) / of);
    } else if (tag === 'RIZOOM_IMPORT_DONE') {
      stats = { cpuSeconds: Number(rest[0]), peakRssBytes: Number(rest[1]) };
    } else if (tag === 'RIZOOM_IMPORT_ERROR') failure = rest.join(' ');
    else if (tag === 'RIZOOM_IMPORT_LOG') log(rest.join(' '));
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode) => resolve(exitCode));
  });
  if (code !== 0) {
    throw new Error(
      `the bulk import failed: ${failure ?? stderr.slice(-3).join(' ') ?? `exit code ${code}`}`,
    );
  }
  return stats;
}
