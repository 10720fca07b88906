import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { peakRss } from '../measure.js';
import { benchEnv } from './rizoom-server.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** An API server in a process of its own, as production runs it. */
export interface ServerProcess {
  url: string;
  pid: number | undefined;
  /** Peak resident memory so far (VmHWM), in bytes. */
  peakRss(): number;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** `npm start` without tsx's wrapper process, so the pid is the server's own. */
function node(script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

async function started(
  child: ChildProcess,
  what: string,
  ready: () => Promise<boolean>,
): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2_000);
  });
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited: ${stderr}`);
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`${what} did not start within 3 minutes: ${stderr}`);
}

function handle(child: ChildProcess, url: string): ServerProcess {
  return {
    url,
    pid: child.pid,
    peakRss: () => peakRss(child.pid),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Rizoom's API as `npm start` runs it (server/src/main.ts), over the bench's Neo4j: production
 * mode with random secrets, no demo loading (the data is there), rate limits off, its JSON log
 * (one line per request) going nowhere.
 */
export async function spawnRizoom(neo4jUri: string): Promise<ServerProcess> {
  const port = await freePort();
  const env = {
    ...process.env,
    ...benchEnv(),
    NEO4J_URI: neo4jUri,
    RIZOOM_DEMO_DATA: 'false',
    HOST: '127.0.0.1',
    PORT: String(port),
  };
  const child = node('server/src/main.ts', [], env);
  const base = `http://127.0.0.1:${port}`;
  await started(child, 'the Rizoom API', async () => (await fetch(`${base}/ready`)).ok);
  return handle(child, `${base}/graphql`);
}

/** The peer (tests/bench/peer/peer-main.ts) over the same Neo4j. */
export async function spawnPeer(neo4jUri: string): Promise<ServerProcess> {
  const port = await freePort();
  const child = node('tests/bench/peer/peer-main.ts', [neo4jUri, String(port)], process.env);
  const url = `http://127.0.0.1:${port}/graphql`;
  const ping = async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    return response.ok;
  };
  await started(child, 'the @neo4j/graphql server', ping);
  return handle(child, url);
}
