import * as client from 'openid-client';
import { type OidcConfig, oidcCallbackPath } from '../../config.js';
import type { Database } from '../../db/database.js';
import { sessionSetCookie } from '../cookies.js';
import type { Tokens } from '../tokens.js';
import type { FlowCookies } from './flow-cookie.js';
import { createProvider } from './provider.js';
import { signInByEmail } from './sign-in.js';

export const oidcLoginPath = '/auth/oidc/login';

/** A refusal inside a route, with a reason for the log (never shown to the user). */
export class SignInFailed extends Error {}

export interface RouteDependencies {
  db: Database;
  sessions: { hours: number; secureCookie: boolean; tokens: Tokens };
  cookies: FlowCookies;
}

/** A route answers with where the browser goes next and the cookies it takes along. */
export type Route = (
  url: URL,
  request: Request,
) => Promise<{ location: string; cookies: string[] }>;

/** The login and callback routes, by path. */
export function createRoutes(
  oidc: OidcConfig,
  { db, sessions, cookies }: RouteDependencies,
): Map<string, Route> {
  const provider = createProvider(oidc);

  const login: Route = async (url) => {
    const config = await provider();
    const codeVerifier = client.randomPKCECodeVerifier();
    const attempt = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier,
      redirectUri: oidc.redirectUri ?? new URL(oidcCallbackPath, url.origin).href,
    };
    const target = client.buildAuthorizationUrl(config, {
      redirect_uri: attempt.redirectUri,
      scope: 'openid email',
      state: attempt.state,
      nonce: attempt.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    return { location: target.href, cookies: [await cookies.set(attempt)] };
  };

  const callback: Route = async (url, request) => {
    const attempt = await cookies.read(request);
    if (!attempt) {
      throw new SignInFailed('no sign-in attempt in progress (cookie missing or expired)');
    }
    // The address the code was issued for, with the provider's answer; openid-client checks
    // state, exchanges the code with the PKCE verifier and checks the ID token: its signature
    // (the provider's JWKS), issuer, audience, expiry and nonce.
    const answered = new URL(attempt.redirectUri);
    answered.search = url.search;
    const grant = await client.authorizationCodeGrant(await provider(), answered, {
      pkceCodeVerifier: attempt.codeVerifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    const claims = grant.claims();
    if (!claims) throw new SignInFailed('the token response holds no ID token');
    const email = emailOf(claims, oidc.emailClaim);
    const session = await signInByEmail(db, sessions.tokens, { email, hours: sessions.hours });
    return {
      location: '/',
      cookies: [
        sessionSetCookie(session.token, session.expiresAt, sessions.secureCookie),
        cookies.clear(),
      ],
    };
  };

  return new Map([
    [oidcLoginPath, login],
    [oidcCallbackPath, callback],
  ]);
}

/** The e-mail address the ID token vouches for, normalised as password sign-in does. */
function emailOf(claims: client.IDToken, claim: string): string {
  const value = claims[claim];
  if (typeof value !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(value.trim())) {
    throw new SignInFailed(`the ID token has no e-mail address in its "${claim}" claim`);
  }
  // A provider that says outright that it did not verify the address is not believed.
  if (claim === 'email' && claims.email_verified === false) {
    throw new SignInFailed('the identity provider has not verified the e-mail address');
  }
  return value.trim().toLowerCase();
}
