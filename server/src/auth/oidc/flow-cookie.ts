import { parse, serialize } from 'cookie';
import { jwtVerify, SignJWT } from 'jose';

/** What the callback needs to check that a response answers this browser's own sign-in. */
export interface SignInAttempt {
  state: string;
  nonce: string;
  /** The PKCE code verifier; only its hash (the challenge) went to the identity provider. */
  codeVerifier: string;
  /** Sent again with the code: the token endpoint compares it with the one authorised. */
  redirectUri: string;
}

export const flowCookie = 'rizoom_oidc';
const path = '/auth/oidc';
const minutes = 10;
const issuer = 'rizoom';
// Not the sessions' audience: an attempt can never pass for a session token, nor the reverse.
const audience = 'rizoom-oidc-sign-in';

/**
 * The sign-in attempt travels in a short-lived signed cookie (HS256, the session secret): no
 * server-side state between the two requests. SameSite=Lax, because the identity provider's
 * redirect back is a cross-site navigation, which a Strict cookie would not accompany.
 */
export function createFlowCookies(secret: string, secure: boolean) {
  const key = new TextEncoder().encode(secret);
  return {
    async set(attempt: SignInAttempt): Promise<string> {
      const token = await new SignJWT({ ...attempt })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(`${minutes}m`)
        .sign(key);
      return serialize(flowCookie, token, {
        httpOnly: true,
        sameSite: 'lax',
        secure,
        path,
        maxAge: minutes * 60,
      });
    },
    clear: (): string =>
      serialize(flowCookie, '', { httpOnly: true, sameSite: 'lax', secure, path, maxAge: 0 }),
    /** The attempt a request carries; null when missing, forged, expired or malformed. */
    async read(request: Request): Promise<SignInAttempt | null> {
      const token = parse(request.headers.get('cookie') ?? '')[flowCookie];
      if (!token) return null;
      try {
        const { payload } = await jwtVerify(token, key, {
          issuer,
          audience,
          algorithms: ['HS256'],
        });
        const { state, nonce, codeVerifier, redirectUri } = payload;
        return typeof state === 'string' &&
          typeof nonce === 'string' &&
          typeof codeVerifier === 'string' &&
          typeof redirectUri === 'string'
          ? { state, nonce, codeVerifier, redirectUri }
          : null;
      } catch {
        return null;
      }
    },
  };
}

export type FlowCookies = ReturnType<typeof createFlowCookies>;
