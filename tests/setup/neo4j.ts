// Global setup for the integration tests: the real Neo4j they all talk to, ready for the product.
// With NEO4J_URI set, that server is used and nothing is wiped: the tests only add data under
// ids of their own and remove it again. Without it, a local Neo4j starts on a free port with a
// fresh data folder of its own, and stops when the run ends (or dies with it).
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { createDatabase } from '../../server/src/db/database.js';
import { type LocalNeo4j, startLocalNeo4j } from '../../server/src/db/local/local-neo4j.js';
import { createLogger } from '../../server/src/logger.js';
import { prepareDatabase } from '../../server/src/prepare.js';
import type { Neo4jTarget } from '../support/neo4j-target.js';

const dataRoot = fileURLToPath(new URL('../../neo4j/data/', import.meta.url));

/** Each run gets its own folder, so two runs at once (two developers, CI) never collide. */
function freshDataDir(): string {
  mkdirSync(dataRoot, { recursive: true });
  for (const entry of readdirSync(dataRoot)) {
    const pid = Number(/^test-(\d+)$/.exec(entry)?.[1]);
    if (pid && !isAlive(pid)) rmSync(join(dataRoot, entry), { recursive: true, force: true });
  }
  return join(dataRoot, `test-${process.pid}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

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

export default async function setup(project: TestProject) {
  let local: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  let target: Neo4jTarget;
  if (process.env.NEO4J_URI) {
    target = {
      uri: process.env.NEO4J_URI,
      username: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD,
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    };
  } else {
    dataDir = freshDataDir();
    local = await startLocalNeo4j({
      dataDir,
      boltPort: await freePort(),
      heap: process.env.NEO4J_HEAP ?? '1g',
      pagecache: process.env.NEO4J_PAGECACHE ?? '512m',
      log: (line) => console.log(line),
    });
    target = { uri: local.uri, username: undefined, password: undefined, database: 'neo4j' };
  }
  const stop = async () => {
    await local?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  // A busy machine makes the demo load slow: give its transactions room. A failed preparation
  // stops the Neo4j it started, so no Java is left behind.
  const db = createDatabase({ ...target, queryTimeoutMs: 120_000 });
  try {
    await prepareDatabase(db, { demoData: true, logger: createLogger('warn', false) });
  } catch (error) {
    await stop();
    throw error;
  } finally {
    await db.close();
  }
  project.provide('neo4j', target);
  return stop;
}
