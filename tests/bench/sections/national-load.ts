import { createDataset } from '../../../seeds/generator/generate.js';
import { loadDataset } from '../../../seeds/generator/load.js';
import { formatSeconds, progressBar } from '../../../seeds/generator/progress.js';
import { cypher } from '../../../server/src/db/cypher.js';
import type { BenchSection } from '../context.js';
import { cpuSeconds, folderSize, mib, peakRss, thousands } from '../measure.js';

const countsQuery = cypher<
  object,
  { nodes: [string, number][]; relationships: [string, number][] }
>('entity-counts', new URL('../cypher/', import.meta.url).pathname);

const targetRowsPerSecond = 50_000;

/**
 * Issue 4: generate and load the national preset through the db layer, as `npm run seed` does,
 * and report rows, time, rate, the loader's peak memory, Neo4j's store size and what landed.
 */
export const nationalLoad: BenchSection = {
  name: 'national-load',
  async run({ db, neo4j, dataDir, log }) {
    const batchSize = Number(process.env.BENCH_BATCH_SIZE ?? 5_000);
    const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 2);
    const neo4jCpu = cpuSeconds(neo4j.pid);
    const ownCpu = process.cpuUsage();
    const started = performance.now();
    const dataset = createDataset('national');
    const bar = progressBar('national');
    const result = await loadDataset(db, dataset, { batchSize, concurrency, onProgress: bar.tick });
    bar.stop();
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(ownCpu);
    const rate = result.rows / seconds;
    const loaderCpu = (cpu.user + cpu.system) / 1e6;
    const databaseCpu = cpuSeconds(neo4j.pid) - neo4jCpu;
    const perRow = (cpuSecondsUsed: number) => ((cpuSecondsUsed * 1e6) / result.rows).toFixed(0);
    log(`national load: ${thousands(result.rows)} rows in ${formatSeconds(seconds)}`);

    const [stored] = await db.read(countsQuery, {});
    const store = folderSize(`${dataDir}/data/databases/neo4j`);
    const logs = folderSize(`${dataDir}/data/transactions/neo4j`);
    const { counts, manifest } = result;
    return {
      title: 'National preset load (issue 4)',
      metrics: [
        { name: 'rows written', value: thousands(result.rows) },
        { name: 'duration (generation included)', value: `${seconds.toFixed(1)} s` },
        {
          name: 'rows/s',
          value: thousands(rate),
          target: `≥ ${thousands(targetRowsPerSecond)}`,
          met: rate >= targetRowsPerSecond,
        },
        { name: 'loader peak RSS', value: mib(process.resourceUsage().maxRSS * 1024) },
        { name: 'Neo4j peak RSS', value: mib(peakRss(neo4j.pid)) },
        { name: 'Neo4j store on disk', value: mib(store) },
        { name: 'Neo4j transaction logs on disk', value: mib(logs) },
        {
          name: 'CPU: loader (Node)',
          value: `${loaderCpu.toFixed(1)} s, ${perRow(loaderCpu)} µs/row`,
        },
        { name: 'CPU: Neo4j', value: `${databaseCpu.toFixed(1)} s, ${perRow(databaseCpu)} µs/row` },
        { name: 'batch size × concurrency', value: `${batchSize} × ${concurrency}` },
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
          caption: 'Stored in Neo4j afterwards (the geography included)',
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
