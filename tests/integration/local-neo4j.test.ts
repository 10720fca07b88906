import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j } from '../../server/src/db/local/local-neo4j.js';
import { SetupError } from '../../server/src/db/local/setup-error.js';
import { eventually, freePort, javaProcessesWith, runTs } from '../support/processes.js';

const scratch = mkdtempSync(join(tmpdir(), 'rizoom-local-neo4j-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the local Neo4j', () => {
  it('explains in one line when its port is taken', async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const start = startLocalNeo4j({
        dataDir: join(scratch, 'blocked'),
        boltPort: port,
        heap: '256m',
        pagecache: '64m',
      });
      await expect(start).rejects.toBeInstanceOf(SetupError);
      await expect(start).rejects.toThrow(`Port ${port} (the local Neo4j) is already in use`);
      const line = await start.catch((error: SetupError) => error.line);
      expect(line).toMatch(/set NEO4J_BOLT_PORT/);
      expect(line).not.toContain('\n');
    } finally {
      blocker.close();
    }
  });

  it('does not outlive the process that started it, even when that one is killed', async () => {
    const dataDir = join(scratch, 'orphan');
    const run = runTs('tests/fixtures/start-local-neo4j.ts', {}, [
      dataDir,
      String(await freePort()),
    ]);
    const started = await run.waitFor(/^STARTED \d+/, 120_000);
    const javaPid = Number(started.split(' ')[1]);
    expect(javaProcessesWith(dataDir)).toContain(javaPid);

    run.child.kill('SIGKILL');
    await run.exited;
    expect(await eventually(() => javaProcessesWith(dataDir).length === 0, 60_000)).toBe(true);
  });
});
