import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../server/src/db/database.js';
import { graphql, testApp } from '../support/app.js';
import { signedCookieFor } from '../support/viewers.js';

// A Bolt address where nothing answers: a port we bound and closed again.
async function deadAddress(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `bolt://127.0.0.1:${typeof address === 'object' && address ? address.port : 1}`;
}

let db: Database;
beforeAll(async () => {
  db = createDatabase({ uri: await deadAddress(), database: 'neo4j', acquisitionTimeoutMs: 2_000 });
});
afterAll(() => db.close());

describe('with Neo4j unreachable', () => {
  // The timeout makes a hanging request fail the test; speed itself is measured by benchmarks.
  it('answers GraphQL with DATABASE_UNAVAILABLE, without internals', {
    timeout: 20_000,
  }, async () => {
    // A signed-in browser: its session cannot be looked up while the database is away.
    const app = testApp(db, {}, null);
    const cookie = await signedCookieFor('a-session-of-a-signed-in-user');
    const result = await graphql(app, '{ regions { code } }', {}, { cookie });
    expect(result.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(result.errors?.[0]?.message).toMatch(/not reachable/);
    expect(JSON.stringify(result)).not.toMatch(/stack|bolt:|\.ts:\d+|ECONNREFUSED/);
  });

  it('reports not ready (503) while staying live (200)', async () => {
    const app = testApp(db, {}, null);
    const ready = await app.fetch('http://rizoom.test/ready');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ ready: false, code: 'DATABASE_UNAVAILABLE' });
    expect((await app.fetch('http://rizoom.test/health')).status).toBe(200);
  });
});
