import type { AddressInfo } from 'node:net';
import { afterAll } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import type { Database } from '../../server/src/db/database.js';
import { createApp } from '../../server/src/http/app.js';
import { createLogger } from '../../server/src/logger.js';

/** The app as tests use it; `env` adds settings, e.g. low rate limits or production mode. */
export function testApp(db: Database, env: NodeJS.ProcessEnv = {}) {
  const config = loadConfig({ NODE_ENV: 'test', ...env });
  return createApp({
    db,
    config,
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', false),
  });
}

/** Sends one GraphQL operation through `app.fetch`, no port needed. */
export async function graphql<T = Record<string, unknown>>(
  app: ReturnType<typeof testApp>,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const response = await app.fetch('http://rizoom.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string }; path?: string[] }[];
  };
}

/** The whole product on a free port, as `npm start` serves it; closed after the file. */
export async function listen(db: Database, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const server = testApp(db, env).createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
