import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { cypher } from '../db/cypher.js';
import type { DumpConnection, Encoded } from '../db/dump.js';
import { type CanonicalHash, CanonicalHasher } from './canonical.js';
import type { BackupLine } from './format.js';

// `npm run backup`: the whole database — every node with its labels and typed properties, every
// relationship with its type and properties — as gzipped JSON lines (format.ts), with the
// canonical hash of what was written in its last line. The schema (constraints, indexes) is
// not written: the migrations recreate it on restore.

type NodeRow = { id: string; labels: string[]; properties: Record<string, Encoded> };
type RelationshipRow = {
  type: string;
  start: string;
  end: string;
  properties: Record<string, Encoded>;
};

export const allNodes = cypher<object, NodeRow>('backup/all-nodes');
export const allRelationships = cypher<object, RelationshipRow>('backup/all-relationships');
const countsQuery = cypher<object, { nodes: Encoded; relationships: Encoded; data: Encoded }>(
  'backup/counts',
);

/** Progress of a backup or restore: which part, how many done, of how many. */
export type Progress = (part: 'nodes' | 'relationships', done: number, total: number) => void;

/** A count read as typed JSON ({"$int": "12"}) as a number. */
export const countOf = (value: Encoded | undefined) =>
  Number((value as { $int?: string } | undefined)?.$int ?? value ?? 0);

export async function databaseCounts(dump: DumpConnection) {
  for await (const row of dump.stream(countsQuery, {}))
    return {
      nodes: countOf(row.nodes),
      relationships: countOf(row.relationships),
      data: countOf(row.data),
    };
  throw new Error('the database did not answer the count');
}

/**
 * Streams every node and relationship to `visit` and returns the canonical hash of them all.
 * Take a backup while nothing writes: Neo4j reads are not one snapshot across two queries.
 */
export async function walkDatabase(
  dump: DumpConnection,
  visit: (line: BackupLine) => Promise<void> | void = () => {},
  progress: Progress = () => {},
): Promise<CanonicalHash> {
  const { nodes, relationships } = await databaseCounts(dump);
  const hasher = new CanonicalHasher();
  let done = 0;
  for await (const row of dump.stream(allNodes, {})) {
    hasher.addNode(row.id, row.labels, row.properties);
    await visit({ n: row.id, l: row.labels, p: row.properties });
    if (++done % 10_000 === 0) progress('nodes', done, nodes);
  }
  progress('nodes', done, nodes);
  done = 0;
  for await (const row of dump.stream(allRelationships, {})) {
    hasher.addRelationship(row.type, row.start, row.end, row.properties);
    await visit({ r: row.type, s: row.start, e: row.end, p: row.properties });
    if (++done % 10_000 === 0) progress('relationships', done, relationships);
  }
  progress('relationships', done, relationships);
  return hasher.result();
}

/** Writes the whole database to `file` (gzipped JSON lines); returns what it wrote. */
export async function writeBackup(
  dump: DumpConnection,
  file: string,
  progress?: Progress,
): Promise<CanonicalHash> {
  const gzip = createGzip();
  const out = gzip.pipe(createWriteStream(file));
  const write = async (line: BackupLine) => {
    if (!gzip.write(`${JSON.stringify(line)}\n`)) await once(gzip, 'drain');
  };
  const counts = await databaseCounts(dump);
  await write({
    format: 'rizoom-backup/1',
    createdAt: new Date().toISOString(),
    nodes: counts.nodes,
    relationships: counts.relationships,
  });
  const hash = await walkDatabase(dump, write, progress);
  await write({ end: true, ...hash });
  gzip.end();
  await finished(out);
  return hash;
}
