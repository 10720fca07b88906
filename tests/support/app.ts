import type { AddressInfo } from 'node:net';
import { afterAll } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import type { Database } from '../../server/src/db/database.js';
import { createApp } from '../../server/src/http/app.js';
import { createLogger } from '../../server/src/logger.js';
import { adminViewer, type TestViewer, viewerCookie } from './viewers.js';

/**
 * The app as tests use it; `env` adds settings, e.g. low rate limits or production mode.
 * `app.fetch` sends every request signed in as `as` (an Ingrado administrator unless told
 * otherwise; `null` for anonymous) unless the request carries a cookie of its own.
 */
export function testApp(
  db: Database,
  env: NodeJS.ProcessEnv = {},
  as: TestViewer | null = adminViewer,
) {
  const config = loadConfig({ NODE_ENV: 'test', ...env });
  const app = createApp({
    db,
    config,
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', false),
  });
  let cookie: Promise<string> | undefined;
  const signedIn = () => {
    cookie ??= viewerCookie(db, as ?? adminViewer);
    return cookie;
  };
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    if (as && !headers.has('cookie')) headers.set('cookie', await signedIn());
    const url = input instanceof Request ? input.url : String(input);
    return app.fetch(new Request(url, { ...init, headers }));
  };
  return { ...app, fetch };
}

/** Sends one GraphQL operation through `app.fetch`, no port needed. */
export async function graphql<T = Record<string, unknown>>(
  app: { fetch: (url: string, init: RequestInit) => Response | Promise<Response> },
  query: string,
  variables: Record<string, unknown> = {},
  options: { cookie?: string } = {},
) {
  const response = await app.fetch('http://rizoom.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
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
