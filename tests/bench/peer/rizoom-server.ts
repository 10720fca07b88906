import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { demoAccounts, demoPassword, loadDemoAccounts } from '../../../seeds/accounts.js';
import { loadConfig } from '../../../server/src/config.js';
import type { Database } from '../../../server/src/db/database.js';
import { createApp } from '../../../server/src/http/app.js';
import { createLogger } from '../../../server/src/logger.js';
import type { RunningServer } from './peer-server.js';
import type { Endpoint } from './queries.js';

/**
 * How the benchmarks run Rizoom: production mode with secrets of their own, and no rate limits
 * (the limiter would measure itself: 300 requests a minute per address).
 */
export function benchEnv(): Record<string, string> {
  return {
    NODE_ENV: 'production',
    RIZOOM_PSEUDONYM_KEY: randomBytes(32).toString('base64url'),
    RIZOOM_SESSION_SECRET: randomBytes(32).toString('base64url'),
    RIZOOM_RATE_LIMIT_ADDRESS: '0',
    RIZOOM_RATE_LIMIT_ACCOUNT: '0',
    RIZOOM_RATE_LIMIT_SIGN_IN: '0',
  };
}

/**
 * The real app (`createApp`) in this process, on a free port; logs at warn (no request lines).
 * `onStatement` hears the name of every statement the app sends to Neo4j.
 */
export async function startRizoomServer(
  db: Database,
  onStatement: (name: string) => void = () => {},
): Promise<RunningServer> {
  const config = loadConfig(benchEnv());
  const counted: Database = {
    ...db,
    read: (query, params) => {
      onStatement(query.name);
      return db.read(query, params);
    },
    write: (query, params) => {
      onStatement(query.name);
      return db.write(query, params);
    },
  };
  const app = createApp({ db: counted, config, logger: createLogger('warn', false) });
  const server = app.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const admin = demoAccounts.find((account) => account.role === 'ADMIN');

/** Makes sure the demo accounts exist (idempotent); the bench signs in as their administrator. */
export const ensureDemoAccounts = (db: Database) => loadDemoAccounts(db);

/**
 * Signs in as the demo administrator through the `signIn` mutation, as the web app does, and
 * returns the endpoint with the session cookie to send (the cookie is Secure in production; the
 * bench sends it over plain HTTP itself).
 */
export async function signedIn(url: string): Promise<Endpoint> {
  if (!admin) throw new Error('no demo administrator account');
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation BenchSignIn($email: String!, $password: String!) {
        signIn(email: $email, password: $password) { __typename }
      }`,
      variables: { email: admin.email, password: demoPassword },
    }),
  });
  const body = (await response.json()) as { data?: { signIn?: { __typename: string } } };
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('rizoom_session='));
  if (body.data?.signIn?.__typename !== 'MutationSignInSuccess' || !cookie) {
    throw new Error(`signing in as ${admin.email} failed (HTTP ${response.status})`);
  }
  return { url, cookie };
}
