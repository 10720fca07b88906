// Global setup for the integration tests: the real Neo4j they all talk to, ready for the product.
// With NEO4J_URI set, that server is used and nothing is wiped: the tests only add data under
// ids of their own and remove it again. Without it, a local Neo4j starts on a free port with a
// fresh data folder, and stops when the run ends (or dies with it).
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { createDatabase } from '../../server/src/db/database.js';
import { type LocalNeo4j, startLocalNeo4j } from '../../server/src/db/local/local-neo4j.js';
import { createLogger } from '../../server/src/logger.js';
import { prepareDatabase } from '../../server/src/prepare.js';
import type { Neo4jTarget } from '../support/neo4j-target.js';

export const testDataDir = fileURLToPath(new URL('../../neo4j/data/test', import.meta.url));

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
  let target: Neo4jTarget;
  if (process.env.NEO4J_URI) {
    target = {
      uri: process.env.NEO4J_URI,
      username: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD,
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    };
  } else {
    rmSync(testDataDir, { recursive: true, force: true });
    local = await startLocalNeo4j({
      dataDir: testDataDir,
      boltPort: await freePort(),
      heap: process.env.NEO4J_HEAP ?? '1g',
      pagecache: process.env.NEO4J_PAGECACHE ?? '512m',
      log: (line) => console.log(line),
    });
    target = { uri: local.uri, username: undefined, password: undefined, database: 'neo4j' };
  }
  const db = createDatabase(target);
  try {
    await prepareDatabase(db, { demoData: true, logger: createLogger('warn', false) });
  } finally {
    await db.close();
  }
  project.provide('neo4j', target);
  return async () => {
    await local?.stop();
  };
}
