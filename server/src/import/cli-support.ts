import { loadConfig } from '../config.js';
import { createDatabase, type Database } from '../db/database.js';

/** A long import or export runs in one transaction; the API's 30 s would cut a national one off. */
const cliQueryTimeoutMs = 15 * 60_000;

/**
 * The database for `npm run import` and `npm run export`: NEO4J_URI when set, otherwise the
 * local Neo4j that `npm start` runs (Bolt on 127.0.0.1:NEO4J_BOLT_PORT).
 */
export async function connectForCli(env: NodeJS.ProcessEnv = process.env): Promise<Database> {
  const config = loadConfig(env);
  const uri = config.neo4j.uri ?? `bolt://127.0.0.1:${config.neo4j.local.boltPort}`;
  const db = createDatabase({
    uri,
    username: config.neo4j.username,
    password: config.neo4j.password,
    database: config.neo4j.database,
    queryTimeoutMs: cliQueryTimeoutMs,
  });
  try {
    await db.ping();
  } catch {
    await db.close();
    throw new CliError(
      `No Neo4j answers at ${uri}: start Rizoom first (npm start runs the local Neo4j), or set NEO4J_URI`,
    );
  }
  return db;
}

/** A failure the CLI reports in one line, without a stack trace. */
export class CliError extends Error {
  override readonly name = 'CliError';
}
