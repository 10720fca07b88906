import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../../server/src/config.js';
import { createDatabase } from '../../../server/src/db/database.js';
import { type LocalNeo4j, startLocalNeo4j } from '../../../server/src/db/local/local-neo4j.js';
import { createApp } from '../../../server/src/http/app.js';
import { createLogger } from '../../../server/src/logger.js';
import { prepareDatabase } from '../../../server/src/prepare.js';
import { testCypher } from '../../support/cypher.js';
import type { BenchSection } from '../context.js';
import { prepareLoadWorld } from './load.js';
import { runLoad } from './load-clients.js';

// Issue 8, database outage (full version of tests/integration/database-outage.test.ts): 50
// clients of load against a Neo4j of this section's own (the bench's shared one stays up), which
// is killed (SIGKILL) after 10 s and restarted on the same folder and port 10 s later. Figures:
// the slowest answer during the outage, what the failures said, how long /ready took to turn
// green after Neo4j was back, and whether any case or handover was left half-written.

const caseParts = testCypher<
  { prefix: string },
  {
    copies: number;
    subjects: number;
    municipalities: number;
    registrars: number;
    schools: number;
    handovers: { copies: number; ends: number }[];
  }
>('load-case-parts');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const outage: BenchSection = {
  name: 'outage',
  async run({ local, dataDir, log }) {
    const clients = Number(process.env.BENCH_LOAD_CLIENTS ?? 50);
    const options = {
      ...local,
      dataDir: `${dataDir}-outage`,
      boltPort: local.boltPort + 1,
      heap: '1g',
      pagecache: '256m',
    };
    let neo4j: LocalNeo4j = await startLocalNeo4j(options);
    const db = createDatabase({ uri: neo4j.uri, database: 'neo4j' });
    const app = createApp({
      db,
      config: loadConfig({ NODE_ENV: 'test' }),
      logger: createLogger('silent', false),
    });
    const server = app.createServer();
    try {
      await prepareDatabase(db, { demoData: false, logger: createLogger('warn', false) });
      const world = await prepareLoadWorld(db, 'bench-outage');
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      log(`outage: ${clients} clients, Neo4j killed after 10 s, back 10 s later`);
      const load = runLoad(`${base}/graphql`, world, { clients, durationMs: 40_000 });
      await sleep(10_000);
      const killedAt = performance.now();
      process.kill(neo4j.pid ?? 0, 'SIGKILL');
      await neo4j.exited;
      const ready = await fetch(`${base}/ready`);
      await sleep(10_000);
      neo4j = await startLocalNeo4j(options);
      const back = performance.now();
      while ((await fetch(`${base}/ready`)).status !== 200 && performance.now() - back < 60_000)
        await sleep(100);
      const recoveryMs = performance.now() - back;
      const stats = await load;
      const slowest = Math.max(...stats.latencies.read, ...stats.latencies.write);
      if (stats.slowest) {
        log(
          `outage: slowest ${stats.slowest.ms.toFixed(0)} ms, sent ${((stats.slowest.startedAt - killedAt) / 1000).toFixed(1)} s after the kill (Neo4j back at ${((back - killedAt) / 1000).toFixed(1)} s): ${stats.slowest.what}`,
        );
      }
      const other = stats.errors.filter((e) => !e.includes('DATABASE_UNAVAILABLE'));
      const rows = await db.read(caseParts, { prefix: world.prefix });
      const half = rows.filter(
        (r) =>
          [r.copies, r.subjects, r.municipalities, r.registrars, r.schools].some((n) => n !== 1) ||
          r.handovers.some((h) => h.copies !== 1 || h.ends !== 2),
      ).length;
      return {
        title: `Database outage (issue 8): ${clients} clients, Neo4j killed and restarted`,
        metrics: [
          { name: 'requests (answered)', value: String(stats.requests) },
          {
            name: 'slowest answer',
            value: `${slowest.toFixed(0)} ms`,
            target: '< 10,000 ms (no hang)',
            met: slowest < 10_000,
          },
          {
            name: 'failures: DATABASE_UNAVAILABLE / other',
            value: `${stats.errors.length - other.length} / ${other.length}`,
            target: '0 other',
            met: other.length === 0,
          },
          {
            name: '/ready during the outage',
            value: String(ready.status),
            target: '503',
            met: ready.status === 503,
          },
          {
            name: 'recovered after Neo4j was back',
            value: `${(recoveryMs / 1000).toFixed(1)} s`,
            target: '≤ 10 s',
            met: recoveryMs <= 10_000,
          },
          {
            name: 'cases and handovers half-written',
            value: `${half} of ${rows.length} cases`,
            target: '0',
            met: half === 0,
          },
        ],
        notes: other.slice(0, 3),
      };
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
      await neo4j.stop();
      rmSync(options.dataDir, { recursive: true, force: true });
    }
  },
};
