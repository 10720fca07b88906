import type { Plugin } from 'graphql-yoga';
import * as client from 'openid-client';
import type { OidcConfig } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { Logger } from '../../logger.js';
import type { Tokens } from '../tokens.js';
import { createFlowCookies } from './flow-cookie.js';
import type { SignInOptions, SignInOptionsContext } from './options.js';
import { createRoutes, type Route, SignInFailed } from './routes.js';
import { OidcRefusedError } from './sign-in.js';

// Signing in through the organisation's identity provider (OpenID Connect, authorization code
// flow with PKCE, state and nonce), served by a Yoga plugin so that `app.fetch` and the node
// server answer alike:
//   GET /auth/oidc/login     → 302 to the identity provider, the attempt in a signed cookie
//   GET /auth/oidc/callback  → checks the answer and the ID token, signs the account in, 302 to /
// Every failure goes to /?aanmelden=mislukt, with the reason in the log only.

/** Where the web app shows "Aanmelden is niet gelukt"; no detail travels in the address. */
export const oidcFailedLocation = '/?aanmelden=mislukt';

interface OidcSignInOptions {
  db: Database;
  logger: Logger;
  oidc: OidcConfig | null;
  sessions: { secret: string; hours: number; secureCookie: boolean; tokens: Tokens };
}

export function useOidcSignIn({
  db,
  logger,
  oidc,
  sessions,
}: OidcSignInOptions): Plugin<SignInOptionsContext> {
  const signInOptions: SignInOptions = { oidc: oidc ? { label: oidc.label } : null };
  const cookies = createFlowCookies(sessions.secret, sessions.secureCookie);
  const routes = oidc ? createRoutes(oidc, { db, sessions, cookies }) : new Map<string, Route>();

  return {
    onContextBuilding({ extendContext }) {
      extendContext({ signInOptions });
    },
    async onRequest({ url, request, fetchAPI, endResponse }) {
      if (!url.pathname.startsWith('/auth/')) return;
      const route = routes.get(url.pathname);
      if (!route) {
        endResponse(
          new fetchAPI.Response(JSON.stringify({ code: 'NOT_FOUND', message: 'Not found.' }), {
            status: 404,
            headers: { 'content-type': 'application/json; charset=utf-8' },
          }),
        );
        return;
      }
      const redirect = (location: string, setCookies: string[]) => {
        const headers = new fetchAPI.Headers({ location, 'cache-control': 'no-store' });
        for (const cookie of setCookies) headers.append('set-cookie', cookie);
        endResponse(new fetchAPI.Response(null, { status: 302, headers }));
      };
      if (request.method !== 'GET') {
        redirect(oidcFailedLocation, []);
        return;
      }
      try {
        const outcome = await route(url, request);
        redirect(outcome.location, outcome.cookies);
      } catch (error) {
        logFailure(logger, url.pathname, error);
        redirect(oidcFailedLocation, [cookies.clear()]);
      }
    },
  };
}

/**
 * The reason, and never the tokens or claims: openid-client's errors carry the response and
 * the claims in `cause`, so only names, codes and messages (which name a claim, not its
 * value) reach the log.
 */
function logFailure(logger: Logger, path: string, error: unknown) {
  if (error instanceof SignInFailed || error instanceof OidcRefusedError) {
    logger.warn({ path, reason: error.message }, 'OIDC sign-in refused');
    return;
  }
  if (
    error instanceof client.ClientError ||
    error instanceof client.AuthorizationResponseError ||
    error instanceof client.ResponseBodyError ||
    error instanceof client.WWWAuthenticateChallengeError
  ) {
    const cause = error.cause instanceof Error ? error.cause.message : undefined;
    const oauthError = 'error' in error ? error.error : undefined;
    logger.warn(
      { path, reason: error.message, detail: cause, code: error.code, oauthError },
      'OIDC sign-in refused',
    );
    return;
  }
  // Unreachable provider, database trouble, a bug: not the user's doing.
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  logger.error({ path, reason }, 'OIDC sign-in failed');
}
