import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import type { DumpConnection, Encoded } from '../db/dump.js';
import { migrate } from '../db/migrate.js';
import { countOf, databaseCounts, type Progress, walkDatabase } from './backup.js';
import type { CanonicalHash } from './canonical.js';
import { type BackupLine, backupFormat } from './format.js';

// `npm run restore`: into an empty database only (one that holds nothing but, perhaps, schema
// migration records). The migrations recreate the schema; the backup's own migration records
// replace the fresh ones; nodes and relationships are created in batches; at the end the
// canonical hash of the restored database must equal the one the backup recorded.

export class RestoreError extends Error {
  override readonly name = 'RestoreError';
}

type Row = Record<string, Encoded>;
const q = <R extends object>(name: string) => cypher<{ rows: Row[] }, R>(`backup/${name}`);
const createNodes = q<{ created: Encoded }>('create-nodes');
const createRelationships = q<{ created: Encoded }>('create-relationships');
const clearMarks = cypher<object, { cleared: Encoded }>('backup/clear-restore-marks');
const deleteMigrationRecords = cypher<object, { deleted: Encoded }>(
  'backup/delete-migration-records',
);
const schema = (name: string) => cypher<object, object>(`backup/${name}`).text;

const batchSize = 2_000;

async function* lines(file: string): AsyncGenerator<BackupLine> {
  const input = createReadStream(file).pipe(createGunzip());
  for await (const text of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (text.trim()) yield JSON.parse(text) as BackupLine;
  }
}

export interface RestoreResult {
  /** What the backup recorded. */
  expected: CanonicalHash;
  /** The restored database, hashed afresh. */
  actual: CanonicalHash;
}

export async function restoreBackup(
  db: Database,
  dump: DumpConnection,
  file: string,
  progress: Progress = () => {},
): Promise<RestoreResult> {
  const before = await databaseCounts(dump);
  if (before.data > 0)
    throw new RestoreError(
      `The database is not empty (${before.data} nodes): restore only into an empty database`,
    );
  const source = lines(file);
  const header = (await source.next()).value as BackupLine | undefined;
  if (!header || !('format' in header) || header.format !== backupFormat)
    throw new RestoreError(`${file} is not a Rizoom backup (${backupFormat})`);

  await migrate(db);
  await dump.write(deleteMigrationRecords, {});
  await db.runSchemaStatement(schema('restore-index'));
  await db.runSchemaStatement(schema('await-indexes'));

  let expected: CanonicalHash | undefined;
  let batch: Row[] = [];
  let part: 'nodes' | 'relationships' = 'nodes';
  const done = { nodes: 0, relationships: 0 };
  const flush = async () => {
    if (batch.length === 0) return;
    const [row] = await dump.write(part === 'nodes' ? createNodes : createRelationships, {
      rows: batch,
    });
    if (countOf(row?.created) !== batch.length)
      throw new RestoreError(`a batch of ${part} did not restore whole: the backup is damaged`);
    done[part] += batch.length;
    progress(part, done[part], part === 'nodes' ? header.nodes : header.relationships);
    batch = [];
  };
  for await (const line of source) {
    if ('end' in line) expected = line;
    else if ('n' in line) batch.push({ id: line.n, labels: line.l, properties: line.p });
    else if ('r' in line) {
      if (part === 'nodes') await flush();
      part = 'relationships';
      batch.push({ type: line.r, start: line.s, end: line.e, properties: line.p });
    }
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  if (!expected) throw new RestoreError(`${file} ends early: the backup is incomplete`);

  while (countOf((await dump.write(clearMarks, {}))[0]?.cleared) > 0) {}
  await db.runSchemaStatement(schema('drop-restore-index'));
  const actual = await walkDatabase(dump);
  return { expected, actual };
}
