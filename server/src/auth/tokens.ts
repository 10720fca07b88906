import { jwtVerify, SignJWT } from 'jose';

const issuer = 'rizoom';
const audience = 'rizoom';

/**
 * Session tokens: short-lived signed JWTs (HS256) that name a session stored in Neo4j, so
 * that signing out, or an administrator, can end them before they expire.
 *
 * A token whose signature and claims checked out is remembered (up to `maxRemembered`, until
 * it expires): verifying the HMAC through WebCrypto was about a tenth of a simple request's CPU
 * (issue 8). Only the verification is remembered; whether the session is still live is asked
 * of the session lookup on every request, as before.
 */
export function createTokens(secret: string, maxRemembered = 10_000) {
  const key = new TextEncoder().encode(secret);
  const verified = new Map<string, { sessionId: string; expiresAtMs: number }>();
  return {
    sign: (sessionId: string, expiresAt: Date) =>
      new SignJWT({ sid: sessionId })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(key),
    /** The session id of a valid token; null for a forged, expired or malformed one. */
    async verify(token: string): Promise<string | null> {
      const known = verified.get(token);
      if (known) {
        if (known.expiresAtMs > Date.now()) return known.sessionId;
        verified.delete(token);
        return null;
      }
      try {
        const { payload } = await jwtVerify(token, key, {
          issuer,
          audience,
          algorithms: ['HS256'],
        });
        if (typeof payload.sid !== 'string') return null;
        if (typeof payload.exp === 'number') {
          if (verified.size >= maxRemembered)
            verified.delete(verified.keys().next().value as string);
          verified.set(token, { sessionId: payload.sid, expiresAtMs: payload.exp * 1000 });
        }
        return payload.sid;
      } catch {
        return null;
      }
    },
  };
}

export type Tokens = ReturnType<typeof createTokens>;
