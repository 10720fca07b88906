import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import sirv from 'sirv';
import { useAuditTrail } from '../audit/plugin.js';
import { createAuditTrail } from '../audit/trail.js';
import { createAccess } from '../auth/access.js';
import { useOidcSignIn } from '../auth/oidc/http.js';
import { authenticate, useSessionCookies } from '../auth/request-context.js';
import { createSessionLookup } from '../auth/session-cache.js';
import { createTokens } from '../auth/tokens.js';
import { regionalKeys } from '../cases/pseudonym.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { useExportDownloads } from '../export/http.js';
import type { Logger } from '../logger.js';
import type { Context } from '../schema/context.js';
import { schema } from '../schema/index.js';
import { createMaskError } from './mask-error.js';
import { useRequestLog } from './request-log.js';
import { useSanitizedValidationErrors } from './sanitize-plugin.js';
import { createHardening } from './security/hardening.js';

export interface AppOptions {
  db: Database;
  config: Pick<
    Config,
    'mode' | 'webDist' | 'pseudonymKey' | 'regionalPseudonymKeys' | 'session' | 'security' | 'oidc'
  >;
  logger: Logger;
}

const apiPaths = ['/graphql', '/health', '/ready', '/export', '/auth'];

/**
 * Builds the product: GraphQL at /graphql, liveness at /health, readiness (database reachable)
 * at /ready, downloads at /export, OpenID Connect sign-in at /auth/oidc (when configured), and
 * the built web app everywhere else. Nothing here reads the environment or listens; `main.ts`
 * does that, and tests call `app.fetch` directly.
 */
export function createApp({ db, config, logger }: AppOptions) {
  const pseudonymKeys = regionalKeys(config.pseudonymKey, config.regionalPseudonymKeys);
  const sessions = {
    ...config.session,
    tokens: createTokens(config.session.secret),
    lookup: createSessionLookup(db),
  };
  const hardening = createHardening({ config, graphqlEndpoint: '/graphql' });
  const yoga = createYoga<object, Context>({
    ...hardening.yogaOptions,
    schema,
    context: async ({ request }): Promise<Context> => {
      const auth = await authenticate(sessions.lookup, sessions.tokens, request);
      const access = createAccess(db, auth.viewer);
      const audit = createAuditTrail(db, auth.viewer?.accountId ?? null);
      return { db, viewer: auth.viewer, auth, pseudonymKeys, sessions, access, audit };
    },
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: config.mode !== 'production' && { title: 'Rizoom GraphQL' },
    maskedErrors: { maskError: createMaskError(logger) },
    // Yoga's own logging would print rejected input values; unexpected errors are logged,
    // without request variables, by maskError instead.
    logging: false,
    plugins: [
      ...hardening.plugins,
      useExportDownloads({ db, logger, sessions }),
      useOidcSignIn({ db, logger, oidc: config.oidc, sessions }),
      useSanitizedValidationErrors(),
      useSessionCookies(),
      useAuditTrail(logger),
      useRequestLog(logger),
      useReadinessCheck({
        endpoint: '/ready',
        check: async ({ fetchAPI }) => {
          try {
            await db.ping();
            return true;
          } catch {
            return new fetchAPI.Response(
              JSON.stringify({ ready: false, code: 'DATABASE_UNAVAILABLE' }),
              { status: 503, headers: { 'content-type': 'application/json' } },
            );
          }
        },
      }),
    ],
  });

  const web = existsSync(config.webDist)
    ? sirv(config.webDist, { single: true, etag: true })
    : (_req: IncomingMessage, res: ServerResponse) => {
        res.statusCode = 503;
        res.setHeader('content-type', 'text/plain; charset=utf-8');
        res.end('The web app is not built yet: run `npm run build:web` (npm start does this).');
      };

  // Every response, API and web app alike, carries the security headers.
  function handle(req: IncomingMessage, res: ServerResponse) {
    hardening.securityHeaders(req, res, () => route(req, res));
  }

  function route(req: IncomingMessage, res: ServerResponse) {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (apiPaths.some((api) => path === api || path.startsWith(`${api}/`))) {
      void yoga.handle(req, res);
      return;
    }
    web(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  }

  return { fetch: yoga.fetch, handle, createServer: () => createServer(handle) };
}

export type App = ReturnType<typeof createApp>;
