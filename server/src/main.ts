// `npm start`: the only place that reads the environment and listens on a port.
import { demoAccounts, demoPassword } from '../../seeds/accounts.js';
import { type Config, loadConfig } from './config.js';
import { createDatabase, type Database } from './db/database.js';
import { assertPortFree, type LocalNeo4j, startLocalNeo4j } from './db/local/local-neo4j.js';
import { SetupError } from './db/local/setup-error.js';
import { createApp } from './http/app.js';
import { createLogger } from './logger.js';
import { prepareDatabase } from './prepare.js';

function hasCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

let config: Config;
try {
  config = loadConfig(process.env);
} catch (error) {
  fail((error as Error).message);
}
const logger = createLogger(config.logLevel, process.stdout.isTTY && config.mode !== 'production');

let local: LocalNeo4j | undefined;
let db: Database | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  logger.info('stopping');
  await db?.close().catch(() => {});
  await local?.stop();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  await assertPortFree(config.port, config.host, 'Rizoom', 'PORT');
  let uri = config.neo4j.uri;
  if (uri) {
    logger.info({ uri }, 'using the Neo4j at NEO4J_URI');
  } else {
    const started = Date.now();
    logger.info('starting the local Neo4j…');
    local = await startLocalNeo4j({
      ...config.neo4j.local,
      log: (line) => logger.info(line),
    });
    uri = local.uri;
    logger.info({ uri, seconds: (Date.now() - started) / 1000 }, 'local Neo4j is up');
    void local.exited.then((code) => {
      if (stopping) return;
      logger.fatal(
        `The local Neo4j stopped unexpectedly (exit code ${code}); Rizoom stops too. See ${config.neo4j.local.dataDir}/logs/debug.log`,
      );
      void shutdown(1);
    });
  }
  db = createDatabase({
    uri,
    username: config.neo4j.username,
    password: config.neo4j.password,
    database: config.neo4j.database,
  });
  await prepareDatabase(db, { demoData: config.demoData, logger });
  const app = createApp({ db, config, logger });
  const server = app.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/`;
  console.log(`\n  Rizoom runs at ${url}  (GraphQL: ${url}graphql)`);
  if (config.demoData) {
    console.log(`  Demo accounts (password "${demoPassword}"):`);
    for (const account of demoAccounts) {
      console.log(`    ${account.email.padEnd(28)} ${account.description}`);
    }
  }
  console.log('  Press Ctrl-C to stop.\n');
} catch (error) {
  if (error instanceof SetupError) {
    console.error(`✖ ${error.line}`);
  } else if (hasCode(error, 'Neo.ClientError.Security.Unauthorized')) {
    console.error('✖ Neo4j refused the credentials — check NEO4J_USERNAME and NEO4J_PASSWORD');
  } else if (hasCode(error, 'DATABASE_UNAVAILABLE')) {
    console.error(
      `✖ Neo4j at ${config.neo4j.uri ?? 'the local address'} is not reachable — check NEO4J_URI and that the server runs`,
    );
  } else {
    console.error('✖ Rizoom could not start:', error);
  }
  await shutdown(1);
}
