import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walkDatabase } from '../../server/src/backup/backup.js';
import { restoreBackup } from '../../server/src/backup/restore.js';
import { createDatabase, type Database } from '../../server/src/db/database.js';
import { openDumpConnection } from '../../server/src/db/dump.js';
import { type LocalNeo4j, startLocalNeo4j } from '../../server/src/db/local/local-neo4j.js';
import { createLogger } from '../../server/src/logger.js';
import { prepareDatabase } from '../../server/src/prepare.js';
import { testCypher } from '../support/cypher.js';
import { fingerprint } from '../support/fingerprint.js';
import { ensurePreset } from '../support/presets.js';
import { freePort, runTs } from '../support/processes.js';

// Issue 8, backup and restore: `npm run backup` of a database holding the tiny preset and
// fixtures with every kind of value, `npm run restore` into a second, empty Neo4j, and the two
// compared: the canonical hash (all nodes, labels, typed properties, relationships), and —
// independently of that code — a summary of every property's Cypher type, the fingerprint, the
// schema and the fixtures' values. Community Neo4j has one user database, so each side gets a
// Neo4j of its own in a temporary folder (one after the other, to spare the machine).

const scratch = mkdtempSync(join(tmpdir(), 'rizoom-backup-'));
const file = join(scratch, 'rizoom.backup.jsonl.gz');
const running: LocalNeo4j[] = [];
afterAll(async () => {
  for (const neo4j of running) await neo4j.stop();
  rmSync(scratch, { recursive: true, force: true });
});

const fixtures = testCypher<{ bytes: object }, object>('backup-fixtures');
const valueTypes = testCypher<object, object>('backup-value-types');
const fixtureValues = testCypher<object, { id: string; properties: object; outgoing: unknown[] }>(
  'backup-fixture-values',
);
const schemaSummary = testCypher<object, { names: string[] }>('schema-summary');

interface Side {
  neo4j: LocalNeo4j;
  db: Database;
  dump: ReturnType<typeof openDumpConnection>;
}

async function startSide(name: string): Promise<Side> {
  const neo4j = await startLocalNeo4j({
    dataDir: join(scratch, name),
    boltPort: await freePort(),
    heap: '512m',
    pagecache: '128m',
  });
  running.push(neo4j);
  const target = { uri: neo4j.uri, database: 'neo4j' };
  return { neo4j, db: createDatabase(target), dump: openDumpConnection(target) };
}

async function stopSide(side: Side) {
  await side.dump.close();
  await side.db.close();
  await side.neo4j.stop();
}

/** The same value with the keys of every map sorted. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
  );
}

/** What the test compares, each part computed without the backup code but the hash. */
async function describeDatabase(side: Side) {
  const fixtureRows = await side.db.read(fixtureValues, {});
  return {
    hash: await walkDatabase(side.dump),
    types: JSON.stringify(await side.db.read(valueTypes, {})),
    fingerprint: await fingerprint(side.db),
    schema: [...((await side.db.read(schemaSummary, {}))[0]?.names ?? [])].sort(),
    // Property maps come back in the order of Neo4j's internal tokens, which a restore renumbers.
    fixtures: JSON.stringify(
      fixtureRows.map((row) => ({
        ...row,
        properties: sortedKeys(row.properties),
        outgoing: row.outgoing.map((o) => JSON.stringify(sortedKeys(o))).sort(),
      })),
    ),
  };
}

const cli = async (neo4j: LocalNeo4j, args: string[]) => {
  const run = runTs(
    'server/src/backup/cli.ts',
    { NEO4J_URI: neo4j.uri, NEO4J_DATABASE: 'neo4j' },
    args,
  );
  const code = await run.exited;
  return { code, output: run.output() };
};

describe('npm run backup, then npm run restore into an empty Neo4j', () => {
  it('gives a database identical by canonical hash, types, schema and values', {
    timeout: 400_000,
  }, async () => {
    const from = await startSide('source');
    await prepareDatabase(from.db, { demoData: false, logger: createLogger('warn', false) });
    const manifest = await ensurePreset(from.db, 'tiny');
    const bytes = Buffer.from([0, 1, 127, 128, 255]).toString('base64');
    await from.dump.write(fixtures, { bytes: { $bytes: bytes } });
    const source = await describeDatabase(from);
    const backup = await cli(from.neo4j, ['backup', '--out', file]);
    expect(backup.output).toContain(`canonical hash ${source.hash.hash}`);
    expect(backup.code).toBe(0);
    await stopSide(from);
    expect(statSync(file).size).toBeGreaterThan(1_000);
    // The preset and the fixtures are in it: more than the preset's own rows.
    expect(source.hash.nodes).toBeGreaterThan(
      manifest.counts.cases + manifest.counts.organisations,
    );

    const to = await startSide('target');
    const restore = await cli(to.neo4j, ['restore', '--in', file]);
    expect(restore.output).toContain(`canonical hash ${source.hash.hash} (as in the backup)`);
    expect(restore.code).toBe(0);
    const restored = await describeDatabase(to);
    expect(restored.hash).toEqual(source.hash);
    expect(restored.types).toBe(source.types);
    expect(restored.fingerprint).toBe(source.fingerprint);
    expect(restored.schema).toEqual(source.schema);
    expect(restored.fixtures).toBe(source.fixtures);
    // The typed summary really sees types: the whole float stayed a float, the zone a zone.
    expect(source.types).toContain('"whole","FLOAT NOT NULL"');
    expect(source.types).toContain('"zoned","ZONED DATETIME NOT NULL"');
    // Cypher types a byte array as a list of integers; the hash tells them apart (db/dump.ts).
    expect(source.types).toContain('"bytes","LIST<INTEGER NOT NULL> NOT NULL"');

    // A database that holds anything is refused, by the command and by the function.
    const again = await cli(to.neo4j, ['restore', '--in', file]);
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/not empty/);
    await expect(restoreBackup(to.db, to.dump, file)).rejects.toThrow(/not empty/);
    expect((await describeDatabase(to)).hash).toEqual(source.hash);
    await stopSide(to);
  });
});
