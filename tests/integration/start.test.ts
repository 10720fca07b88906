import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { demoPassword } from '../../seeds/accounts.js';
import { eventually, freePort, javaProcessesWith, runTs } from '../support/processes.js';
import '../support/neo4j-target.js';

const scratch = mkdtempSync(join(tmpdir(), 'rizoom-start-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const main = 'server/src/main.ts';
const ready = /Rizoom runs at (http:\/\/\S+)/;

describe('npm start', () => {
  // Starting Neo4j and loading the demo network takes a while on a busy machine.
  it('starts its own Neo4j, serves the app with data, and leaves no Java behind on Ctrl-C', {
    timeout: 240_000,
  }, async () => {
    const dataDir = join(scratch, 'product');
    const port = await freePort();
    const run = runTs(main, {
      NEO4J_URI: '',
      PORT: String(port),
      NEO4J_BOLT_PORT: String(await freePort()),
      NEO4J_DATA_DIR: dataDir,
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '256m',
    });
    try {
      const url = ready.exec(await run.waitFor(ready, 180_000))?.[1] ?? '';
      expect(url).toBe(`http://127.0.0.1:${port}/`);
      expect(javaProcessesWith(dataDir)).toHaveLength(1);

      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root"');
      // The network is for signed-in users: the demo accounts `npm start` prints.
      expect(run.output()).toContain('leerplicht@rizoom.example');
      const post = (query: string, variables: object, cookie = '') =>
        fetch(`${url}graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query, variables }),
        });
      const signIn = await post(
        'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename } }',
        { e: 'leerplicht@rizoom.example', p: demoPassword },
      );
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      expect(cookie).toMatch(/^rizoom_session=/);
      const query = '{ organisations(first: 1) { totalCount } regions { code } }';
      const anonymous = (await (await post(query, {})).json()) as {
        errors?: { extensions?: { code?: string } }[];
      };
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const response = await post(query, {}, cookie);
      const body = (await response.json()) as {
        data: { organisations: { totalCount: number }; regions: unknown[] };
      };
      expect(body.data.regions).toHaveLength(40);
      expect(body.data.organisations.totalCount).toBeGreaterThan(500);
    } finally {
      run.child.kill('SIGINT');
    }
    expect(await run.exited).toBe(0);
    expect(await eventually(() => javaProcessesWith(dataDir).length === 0, 30_000)).toBe(true);
  });

  it('says plainly when its Neo4j dies, and stops', async () => {
    const dataDir = join(scratch, 'dies');
    const run = runTs(main, {
      NEO4J_URI: '',
      PORT: String(await freePort()),
      NEO4J_BOLT_PORT: String(await freePort()),
      NEO4J_DATA_DIR: dataDir,
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '128m',
      RIZOOM_DEMO_DATA: 'false',
    });
    try {
      await run.waitFor(ready, 180_000);
      const [javaPid] = javaProcessesWith(dataDir);
      process.kill(javaPid ?? -1, 'SIGKILL');
      expect(await run.exited).toBe(1);
      expect(run.output()).toMatch(
        /The local Neo4j stopped unexpectedly \(exit code .*\); Rizoom stops too/,
      );
    } finally {
      run.child.kill('SIGKILL');
    }
  });

  it('says in one line when the Neo4j at NEO4J_URI is not reachable', async () => {
    const deadPort = await freePort();
    const run = runTs(main, {
      NEO4J_URI: `bolt://127.0.0.1:${deadPort}`,
      PORT: String(await freePort()),
    });
    expect(await run.exited).toBe(1);
    const errors = run
      .output()
      .split('\n')
      .filter((line) => line.startsWith('✖'));
    expect(errors).toEqual([
      `✖ Neo4j at bolt://127.0.0.1:${deadPort} is not reachable — check NEO4J_URI and that the server runs`,
    ]);
  });

  it('uses the server at NEO4J_URI and starts no Neo4j of its own', async () => {
    const target = inject('neo4j');
    const run = runTs(main, {
      NEO4J_URI: target.uri,
      NEO4J_DATABASE: target.database,
      PORT: String(await freePort()),
      NEO4J_DATA_DIR: join(scratch, 'never-used'),
    });
    try {
      await run.waitFor(ready, 60_000);
      expect(run.output()).toContain('using the Neo4j at NEO4J_URI');
      expect(run.output()).not.toContain('starting the local Neo4j');
      expect(javaProcessesWith(join(scratch, 'never-used'))).toEqual([]);
    } finally {
      run.child.kill('SIGINT');
    }
    expect(await run.exited).toBe(0);
  });

  it('says in one line what to do when its port is taken', async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const run = runTs(main, { PORT: String(port), NEO4J_URI: 'bolt://127.0.0.1:1' });
      expect(await run.exited).toBe(1);
      const errors = run
        .output()
        .split('\n')
        .filter((line) => line.startsWith('✖'));
      expect(errors).toEqual([
        `✖ Port ${port} (Rizoom) is already in use — stop the program using it (another Rizoom or Neo4j?) or set PORT to a free port`,
      ]);
    } finally {
      blocker.close();
    }
  });

  it('says in one line what to do when Java is missing', async () => {
    const run = runTs(main, {
      NEO4J_URI: '',
      JAVA: join(scratch, 'no-such-java'),
      PORT: String(await freePort()),
      NEO4J_BOLT_PORT: String(await freePort()),
      NEO4J_DATA_DIR: join(scratch, 'no-java'),
    });
    expect(await run.exited).toBe(1);
    const errors = run
      .output()
      .split('\n')
      .filter((line) => line.startsWith('✖'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /Java is not installed .* — install Java 17 or newer .* or set NEO4J_URI/,
    );
  });

  it('names every invalid setting', async () => {
    const run = runTs(main, { PORT: 'eighty', NEO4J_HEAP: 'lots' });
    expect(await run.exited).toBe(1);
    const errors = run
      .output()
      .split('\n')
      .filter((line) => line.startsWith('✖'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/PORT/);
    expect(errors[0]).toMatch(/NEO4J_HEAP/);
  });
});
