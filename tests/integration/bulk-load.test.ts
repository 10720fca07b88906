import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataset } from '../../seeds/generator/generate.js';
import { type Seeded, seedLocalNeo4j } from '../../seeds/generator/seed-local.js';
import { createLogger } from '../../server/src/logger.js';
import { testCypher } from '../support/cypher.js';
import { fingerprint } from '../support/fingerprint.js';
import { freePort } from '../support/processes.js';

// The two ways `npm run seed` loads a preset into the local Neo4j: the offline bulk import into
// an empty database, and the idempotent Cypher loader. Both must leave the same store, and a
// second load onto a bulk-loaded database must add nothing. Each case gets Neo4j instances of
// its own (not the shared test database, which holds the demo data).

type Content = { nodes: unknown[][]; relationships: unknown[][] };
const contentQuery = testCypher<{ labels: string[] }, Content>('bulk-load-content');
/** What a seed writes or completes; other start-up data (migration records, templates) may differ by its time stamps. */
const seedLabels = [
  'Organisation',
  'Professional',
  'ConsultationTable',
  'Case',
  'Subject',
  'Handover',
  'Municipality',
  'Region',
  'Need',
];
const logger = createLogger('warn', false);
const scratch = mkdtempSync(join(tmpdir(), 'rizoom-bulk-load-'));
const started: Seeded[] = [];

async function seed(name: string, bulk: 'when-empty' | 'never' = 'when-empty') {
  const seeded = await seedLocalNeo4j({
    local: {
      dataDir: join(scratch, name),
      boltPort: await freePort(),
      heap: '512m',
      pagecache: '128m',
    },
    dataset: createDataset('tiny'),
    logger,
    bulk,
  });
  started.push(seeded);
  return seeded;
}

async function stop(seeded: Seeded) {
  await seeded.db.close();
  await seeded.neo4j.stop();
}

/** The content in a stable order: property lists by key, nodes and relationships sorted. */
async function content(seeded: Seeded) {
  const [row] = await seeded.db.read(contentQuery, { labels: seedLabels });
  const byKey = (properties: unknown) =>
    JSON.stringify(
      [...(properties as unknown[][])].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  const canonical = (rows: unknown[][] = []) =>
    rows
      .map((r) => JSON.stringify(r.map((cell, i) => (i === r.length - 1 ? byKey(cell) : cell))))
      .sort();
  return { nodes: canonical(row?.nodes), relationships: canonical(row?.relationships) };
}

describe.skipIf(process.env.NEO4J_URI)('loading a preset into the local Neo4j', () => {
  let bulk: Seeded;
  let cypherLoaded: Seeded;

  beforeAll(async () => {
    [bulk, cypherLoaded] = await Promise.all([seed('bulk'), seed('cypher', 'never')]);
  });

  afterAll(async () => {
    for (const seeded of started) await stop(seeded).catch(() => {});
    rmSync(scratch, { recursive: true, force: true });
  });

  it('bulk-imports into an empty database, and writes through Cypher when asked', () => {
    expect(bulk.path).toBe('bulk');
    expect(cypherLoaded.path).toBe('cypher');
    expect(bulk.result.counts).toEqual(cypherLoaded.result.counts);
    expect(bulk.result.manifest).toEqual(cypherLoaded.result.manifest);
  });

  it('leaves the same store either way: labels, typed properties, relationships', {
    timeout: 240_000,
  }, async () => {
    expect(await fingerprint(bulk.db)).toBe(await fingerprint(cypherLoaded.db));
    const [fromBulk, fromCypher] = await Promise.all([content(bulk), content(cypherLoaded)]);
    expect(fromBulk.nodes.length).toBeGreaterThan(500);
    expect(fromBulk.nodes).toEqual(fromCypher.nodes);
    expect(fromBulk.relationships).toEqual(fromCypher.relationships);
  });

  it('adds nothing when the preset is loaded again onto the bulk-loaded database', {
    timeout: 240_000,
  }, async () => {
    const before = await fingerprint(bulk.db);
    const beforeContent = await content(bulk);
    await stop(bulk);
    const again = await seed('bulk');
    expect(again.path).toBe('cypher');
    expect(await fingerprint(again.db)).toBe(before);
    expect(await content(again)).toEqual(beforeContent);
    await stop(again);
  });
});
