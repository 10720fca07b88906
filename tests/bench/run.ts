// `npm run bench`: starts a Neo4j of its own in a fresh folder, runs the benchmark sections in
// order, prints their figures and appends them to tests/bench/results.md. Never part of `npm test`.
//   BENCH_SECTIONS=national-load  which sections (comma-separated; all by default)
//   BENCH_HEAP, BENCH_PAGECACHE   memory of the bench's Neo4j (default 2g, 2g)
//   BENCH_DATA_DIR=/tmp/national-db  use and keep this Neo4j folder (default: a fresh one, removed
//                                 afterwards): load national once, later runs skip national-load
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createDatabase, type Database } from '../../server/src/db/database.js';
import {
  type LocalNeo4j,
  type LocalNeo4jOptions,
  startLocalNeo4j,
} from '../../server/src/db/local/local-neo4j.js';
import { createLogger } from '../../server/src/logger.js';
import { prepareDatabase } from '../../server/src/prepare.js';
import type { BenchContext, BenchSection, SectionResult } from './context.js';
import { appendRun, renderSection } from './results.js';
import { apiOverhead } from './sections/api-overhead.js';
import { gapReports } from './sections/gap-reports.js';
import { hostileInput } from './sections/hostile-input.js';
import { load } from './sections/load.js';
import { nationalLoad } from './sections/national-load.js';
import { networkMetrics } from './sections/network-metrics.js';
import { outage } from './sections/outage.js';
import { partnerFinder } from './sections/partner-finder.js';
import { peerNeo4jGraphql } from './sections/peer-neo4j-graphql.js';
import { signals } from './sections/signals.js';
import { throughput } from './sections/throughput.js';
import { webMap } from './sections/web-map.js';

/** Every benchmark, in the order it runs; later issues add theirs after the load. */
const sections: BenchSection[] = [
  nationalLoad,
  webMap,
  partnerFinder,
  gapReports,
  signals,
  networkMetrics,
  apiOverhead,
  peerNeo4jGraphql,
  throughput,
  load,
  hostileInput,
  outage,
];

const root = fileURLToPath(new URL('../../', import.meta.url));
const resultsFile = fileURLToPath(new URL('results.md', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function revision(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${sha} with uncommitted changes` : sha;
  } catch {
    return 'unknown revision';
  }
}

const wanted = process.env.BENCH_SECTIONS?.split(',').map((s) => s.trim());
const chosen = sections.filter((s) => !wanted || wanted.includes(s.name));
const keptDataDir = process.env.BENCH_DATA_DIR;
const dataDir = keptDataDir ?? `${root}neo4j/data/bench-${process.pid}`;
if (!keptDataDir) rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
const log = (line: string) => console.error(line);
const local: LocalNeo4jOptions = {
  dataDir,
  boltPort: await freePort(),
  heap: process.env.BENCH_HEAP ?? '2g',
  pagecache: process.env.BENCH_PAGECACHE ?? '2g',
  log,
};
// The Neo4j the sections share: started here, unless the first section starts it itself.
const target: { db?: Database; neo4j?: LocalNeo4j } = {};
const context: BenchContext = {
  get db() {
    if (!target.db) throw new Error('the bench has not started Neo4j yet');
    return target.db;
  },
  set db(db) {
    target.db = db;
  },
  get neo4j() {
    if (!target.neo4j) throw new Error('the bench has not started Neo4j yet');
    return target.neo4j;
  },
  set neo4j(neo4j) {
    target.neo4j = neo4j;
  },
  local,
  dataDir,
  log,
};
const results: SectionResult[] = [];
try {
  if (!chosen[0]?.startsNeo4j) {
    target.neo4j = await startLocalNeo4j(local);
    target.db = createDatabase({
      uri: target.neo4j.uri,
      database: 'neo4j',
      queryTimeoutMs: 600_000,
    });
    await prepareDatabase(target.db, { demoData: false, logger: createLogger('warn', false) });
  }
  for (const [index, section] of chosen.entries()) {
    if (section.startsNeo4j && index > 0) throw new Error(`${section.name} must run first`);
    log(`▶ ${section.name}`);
    const result = await section.run(context);
    console.log(`\n${renderSection(result)}\n`);
    results.push(result);
  }
  const title = `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — ${revision()}`;
  appendRun(resultsFile, title, results);
  log(`results appended to ${resultsFile}`);
} finally {
  await target.db?.close();
  await target.neo4j?.stop();
  if (!keptDataDir) rmSync(dataDir, { recursive: true, force: true });
}
