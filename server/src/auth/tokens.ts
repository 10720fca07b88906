import { jwtVerify, SignJWT } from 'jose';

const issuer = 'rizoom';
const audience = 'rizoom';

/** Session tokens: short-lived signed JWTs (HS256) that name a session stored in Neo4j, so
 * that signing out, or an administrator, can end them before they expire. */
export function createTokens(secret: string) {
  const key = new TextEncoder().encode(secret);
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
      try {
        const { payload } = await jwtVerify(token, key, {
          issuer,
          audience,
          algorithms: ['HS256'],
        });
        return typeof payload.sid === 'string' ? payload.sid : null;
      } catch {
        return null;
      }
    },
  };
}

export type Tokens = ReturnType<typeof createTokens>;
