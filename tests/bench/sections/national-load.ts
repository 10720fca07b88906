import { readFileSync } from 'node:fs';
import { createDataset } from '../../../seeds/generator/generate.js';
import { deletePreset, loadDataset } from '../../../seeds/generator/load.js';
import { formatSeconds, progressBar } from '../../../seeds/generator/progress.js';
import { seedLocalNeo4j } from '../../../seeds/generator/seed-local.js';
import { cypher } from '../../../server/src/db/cypher.js';
import { createLogger } from '../../../server/src/logger.js';
import type { BenchSection, Metric } from '../context.js';
import { cpuSeconds, folderSize, mib, peakRss, thousands } from '../measure.js';

const countsQuery = cypher<
  object,
  { nodes: [string, number][]; relationships: [string, number][] }
>('entity-counts', new URL('../cypher/', import.meta.url).pathname);

const targetRowsPerSecond = 50_000;

/** CPU seconds of this process's children that have ended (the importer's JVM), from /proc. */
function endedChildrenCpu(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/**
 * Issue 4: generate and load the national preset as `npm run seed` does into an empty local
 * Neo4j — CSV files, Neo4j's offline bulk import, start, schema and indexes online — timed from
 * the first generated row to a migrated, indexed database. Then, for the ratio, the Cypher
 * loader (UNWIND MERGE, the path for a database that holds data already) on the `region`
 * preset into that same database, removed again afterwards.
 */
export const nationalLoad: BenchSection = {
  name: 'national-load',
  startsNeo4j: true,
  async run(context) {
    const { log } = context;
    const batchSize = Number(process.env.BENCH_BATCH_SIZE ?? 5_000);
    const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 2);
    const ownCpu = process.cpuUsage();
    const childCpu = endedChildrenCpu();
    const started = performance.now();
    const dataset = createDataset('national');
    const bar = progressBar('national');
    const seeded = await seedLocalNeo4j({
      local: context.local,
      dataset,
      logger: createLogger('warn', false),
      onProgress: bar.set,
    });
    bar.stop();
    const seconds = (performance.now() - started) / 1000;
    context.neo4j = seeded.neo4j;
    context.db = seeded.db;
    const { result } = seeded;
    const cpu = process.cpuUsage(ownCpu);
    const rate = result.rows / seconds;
    const loaderCpu = (cpu.user + cpu.system) / 1e6;
    const importerCpu = endedChildrenCpu() - childCpu;
    const databaseCpu = cpuSeconds(seeded.neo4j.pid);
    const perRow = (cpuSecondsUsed: number) => ((cpuSecondsUsed * 1e6) / result.rows).toFixed(0);
    log(
      `national load (${seeded.path}): ${thousands(result.rows)} rows in ${formatSeconds(seconds)}`,
    );

    const [stored] = await seeded.db.read(countsQuery, {});
    const store = folderSize(`${context.dataDir}/data/databases/neo4j`);
    const logs = folderSize(`${context.dataDir}/data/transactions/neo4j`);
    const phases = seeded.bulk?.seconds;
    const phaseMetrics: Metric[] = phases
      ? [
          {
            name: 'phases: generate + write CSV, import, start + schema, other indexes',
            value: [phases.write, phases.import, phases.start, phases.indexes]
              .map((s) => `${s.toFixed(1)} s`)
              .join(', '),
          },
          { name: 'bulk importer peak RSS', value: mib(seeded.bulk?.importer.peakRssBytes ?? 0) },
        ]
      : [];

    // The Cypher loader, for the ratio: the region preset into the database just loaded.
    const region = createDataset('region');
    const cypherStarted = performance.now();
    const cypherLoaded = await loadDataset(seeded.db, region, { batchSize, concurrency });
    const cypherSeconds = (performance.now() - cypherStarted) / 1000;
    const cypherRate = cypherLoaded.rows / cypherSeconds;
    await deletePreset(seeded.db, 'region');

    const { counts, manifest } = result;
    return {
      title: 'National preset load (issue 4)',
      metrics: [
        {
          name: 'load path',
          value: seeded.path === 'bulk' ? 'bulk import (empty database)' : 'Cypher',
        },
        { name: 'rows written', value: thousands(result.rows) },
        { name: 'duration (generation and indexes included)', value: `${seconds.toFixed(1)} s` },
        {
          name: 'rows/s',
          value: thousands(rate),
          target: `≥ ${thousands(targetRowsPerSecond)}`,
          met: rate >= targetRowsPerSecond,
        },
        ...phaseMetrics,
        { name: 'loader peak RSS (Node)', value: mib(process.resourceUsage().maxRSS * 1024) },
        { name: 'Neo4j peak RSS', value: mib(peakRss(seeded.neo4j.pid)) },
        { name: 'Neo4j store on disk', value: mib(store) },
        { name: 'Neo4j transaction logs on disk', value: mib(logs) },
        {
          name: 'CPU: loader (Node: generation, CSV)',
          value: `${loaderCpu.toFixed(1)} s, ${perRow(loaderCpu)} µs/row`,
        },
        {
          name: 'CPU: bulk importer (JVM)',
          value: `${importerCpu.toFixed(1)} s, ${perRow(importerCpu)} µs/row`,
        },
        {
          name: 'CPU: Neo4j (start, schema, indexes)',
          value: `${databaseCpu.toFixed(1)} s, ${perRow(databaseCpu)} µs/row`,
        },
        {
          name: 'Cypher loader (UNWIND MERGE), region preset into the loaded database',
          value: `${thousands(cypherLoaded.rows)} rows in ${cypherSeconds.toFixed(1)} s: ${thousands(cypherRate)} rows/s (bulk ${(rate / cypherRate).toFixed(1)}×)`,
        },
        { name: 'Cypher batch size × concurrency', value: `${batchSize} × ${concurrency}` },
      ],
      tables: [
        {
          caption: 'Rows per entity (seed, reference date)',
          rows: [
            ['entity', 'rows'],
            ...Object.entries(counts).map(([entity, n]) => [entity, thousands(n)]),
            ['subjects (with the cases)', thousands(manifest.counts.subjects)],
          ],
        },
        {
          caption: 'Stored in Neo4j after the national load (the geography included)',
          rows: [
            ['label / relationship', 'count'],
            ...(stored?.nodes ?? []).map(([label, n]) => [`(:${label})`, thousands(n)]),
            ...(stored?.relationships ?? []).map(([type, n]) => [`[:${type}]`, thousands(n)]),
          ],
        },
      ],
      notes: [
        `seed ${manifest.seed}, reference date ${manifest.referenceDate}; planted: ` +
          `${manifest.planted.missingTies.length} missing ties, ${manifest.planted.stalledHandovers.length} stalled, ` +
          `${manifest.planted.pingPongHandovers.length} ping-pong, ${manifest.planted.multiPartyWithoutCoordinator.length} uncoordinated, ` +
          `${manifest.planted.staleTies.count} stale ties`,
      ],
    };
  },
};
