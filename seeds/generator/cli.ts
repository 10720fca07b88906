// `npm run seed -- --preset national [--seed N] [--manifest path] [--region MC19]
//   [--reference-date 2026-11-16] [--batch-size 5000] [--concurrency 2] [--cypher]`
// Loads a synthetic preset into the configured Neo4j (NEO4J_URI, or the local one in
// NEO4J_DATA_DIR) and writes its manifest of planted patterns. The local Neo4j's database,
// when empty, gets Neo4j's offline bulk import (seeds/generator/bulk/); any other database the
// idempotent Cypher loader (also with --cypher), so loading a preset again adds nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../server/src/config.js';
import { createDatabase, type Database } from '../../server/src/db/database.js';
import type { LocalNeo4j } from '../../server/src/db/local/local-neo4j.js';
import { createLogger } from '../../server/src/logger.js';
import { prepareDatabase } from '../../server/src/prepare.js';
import { createDataset, defaultSeed } from './generate.js';
import { loadDataset } from './load.js';
import { type PresetName, presetNames } from './presets.js';
import { formatSeconds, progressBar } from './progress.js';
import { seedLocalNeo4j } from './seed-local.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

const { values } = parseArgs({
  options: {
    preset: { type: 'string', default: 'demo' },
    seed: { type: 'string', default: String(defaultSeed) },
    manifest: { type: 'string' },
    region: { type: 'string' },
    'reference-date': { type: 'string' },
    'batch-size': { type: 'string' },
    concurrency: { type: 'string' },
    cypher: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

const presetName = values.preset as PresetName;
if (!presetNames.includes(presetName)) fail(`--preset must be one of ${presetNames.join(', ')}`);
const seed = Number(values.seed);
if (!Number.isInteger(seed) || seed < 0) fail('--seed must be a whole number');
const manifestPath = resolve(
  values.manifest ?? `${projectRoot}neo4j/data/manifests/${presetName}-${seed}.json`,
);
const config = loadConfig(process.env);
const logger = createLogger(config.logLevel, process.stderr.isTTY);

const batchSize = values['batch-size'] ? Number(values['batch-size']) : undefined;
const concurrency = values.concurrency ? Number(values.concurrency) : undefined;
let local: LocalNeo4j | undefined;
let db: Database | undefined;
try {
  const started = Date.now();
  const dataset = createDataset(presetName, {
    seed,
    referenceDate: values['reference-date'],
    regionCode: values.region,
  });
  const bar = progressBar(`${presetName} (seed ${seed})`);
  let result: Awaited<ReturnType<typeof loadDataset>>;
  let path = 'cypher';
  if (config.neo4j.uri) {
    db = createDatabase({
      uri: config.neo4j.uri,
      username: config.neo4j.username,
      password: config.neo4j.password,
      database: config.neo4j.database,
      queryTimeoutMs: 300_000,
    });
    await prepareDatabase(db, { demoData: false, logger });
    result = await loadDataset(db, dataset, { batchSize, concurrency, onProgress: bar.tick });
  } else {
    logger.info({ dataDir: config.neo4j.local.dataDir }, 'loading into the local Neo4j…');
    const seeded = await seedLocalNeo4j({
      local: { ...config.neo4j.local, log: (line) => logger.debug(line) },
      dataset,
      logger,
      batchSize,
      concurrency,
      bulk: values.cypher ? 'never' : 'when-empty',
      onProgress: bar.set,
    });
    ({ neo4j: local, db, result, path } = seeded);
  }
  bar.stop();
  const seconds = (Date.now() - started) / 1000;
  mkdirSync(dirname(manifestPath), { recursive: true });
  writeFileSync(manifestPath, `${JSON.stringify(result.manifest, null, 2)}\n`);
  console.error(
    `✔ ${result.rows.toLocaleString('en')} rows in ${formatSeconds(seconds)} (${Math.round(result.rows / seconds).toLocaleString('en')} rows/s, ${path === 'bulk' ? 'bulk import into an empty database' : 'Cypher, idempotent'})`,
  );
  console.error(`  ${JSON.stringify(result.counts)}`);
  console.error(`  manifest: ${manifestPath}`);
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db?.close();
  await local?.stop();
}
