import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { jvmFlags } from './jvm.js';
import { provisionLocalNeo4j } from './provision.js';
import { SetupError } from './setup-error.js';

export interface LocalNeo4jOptions {
  /** Neo4j's home: databases, transaction logs and its own logs (git-ignored). */
  dataDir: string;
  boltPort: number;
  heap: string;
  pagecache: string;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  readonly uri: string;
  readonly pid: number | undefined;
  /** Resolves with the exit code when the Java process ends, for whatever reason. */
  readonly exited: Promise<number | null>;
  /** Stops Neo4j cleanly (closing its stdin), killing it if it has not gone within 30 s. */
  stop(): Promise<void>;
}

/** Fails with a one-line SetupError when something already listens on the port. */
export function assertPortFree(port: number, host: string, what: string, envName: string) {
  return new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new SetupError(
              `Port ${port} (${what}) is already in use`,
              `stop the program using it (another Rizoom or Neo4j?) or set ${envName} to a free port`,
            )
          : error,
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

function launcherError(code: string, message: string, options: LocalNeo4jOptions): SetupError {
  switch (code) {
    case 'PORT_IN_USE':
      return new SetupError(
        `Port ${options.boltPort} for the local Neo4j is already in use`,
        'stop the other Neo4j or set NEO4J_BOLT_PORT to a free port',
      );
    case 'STORE_LOCKED':
      return new SetupError(
        `The database folder ${options.dataDir} is in use by another Neo4j`,
        'stop the other `npm start` or `npm test`, or set NEO4J_DATA_DIR to another folder',
      );
    default:
      return new SetupError(
        `The local Neo4j could not start: ${message}`,
        `see ${options.dataDir}/logs/debug.log`,
      );
  }
}

function waitForExit(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

/** Provisions (first run) and starts the local Neo4j; resolves once Bolt accepts connections. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  await assertPortFree(options.boltPort, '127.0.0.1', 'the local Neo4j', 'NEO4J_BOLT_PORT');
  const classpath = provisionLocalNeo4j(log);
  mkdirSync(options.dataDir, { recursive: true });
  const child = spawn(
    process.env.JAVA ?? 'java',
    [
      ...jvmFlags(options.heap),
      '-cp',
      classpath,
      'nl.rizoom.neo4j.Launcher',
      options.dataDir,
      String(options.boltPort),
      options.pagecache,
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const exited = waitForExit(child);
  const stderrTail: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 20) stderrTail.shift();
  });

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new SetupError(
          `The local Neo4j did not start within ${(options.startTimeoutMs ?? 120_000) / 1000} s`,
          `see ${options.dataDir}/logs/debug.log`,
        ),
      );
    }, options.startTimeoutMs ?? 120_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('RIZOOM_NEO4J_READY')) {
        clearTimeout(timer);
        resolve();
      } else if (line.startsWith('RIZOOM_NEO4J_ERROR')) {
        clearTimeout(timer);
        const [, code = 'START_FAILED', ...rest] = line.split(' ');
        reject(launcherError(code, rest.join(' '), options));
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(
        new SetupError(
          `The local Neo4j exited during start-up (code ${code}): ${stderrTail.slice(-3).join(' ')}`,
          `see ${options.dataDir}/logs/debug.log`,
        ),
      );
    });
  });

  return {
    uri: `bolt://127.0.0.1:${options.boltPort}`,
    pid: child.pid,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin.end();
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
