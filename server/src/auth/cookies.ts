import { parse, serialize } from 'cookie';

export const sessionCookie = 'rizoom_session';

/** The session token a request carries, if any. */
export function sessionToken(request: Request): string | null {
  const header = request.headers.get('cookie');
  if (!header) return null;
  return parse(header)[sessionCookie] ?? null;
}

/** HttpOnly, SameSite=Strict, Secure in production: scripts cannot read it, other sites cannot send it. */
export function sessionSetCookie(token: string, expiresAt: Date, secure: boolean): string {
  return serialize(sessionCookie, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    expires: expiresAt,
  });
}

export function sessionClearCookie(secure: boolean): string {
  return serialize(sessionCookie, '', {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    expires: new Date(0),
  });
}
