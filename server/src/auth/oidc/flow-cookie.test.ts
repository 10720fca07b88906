import { describe, expect, it } from 'vitest';
import { createTokens } from '../tokens.js';
import { createFlowCookies, flowCookie } from './flow-cookie.js';

const secret = 'a-test-secret-of-at-least-32-characters';
const attempt = {
  state: 'state-1',
  nonce: 'nonce-1',
  codeVerifier: 'verifier-1',
  redirectUri: 'https://rizoom.example/auth/oidc/callback',
};
const requestWith = (setCookie: string) =>
  new Request('https://rizoom.example/auth/oidc/callback', {
    headers: { cookie: setCookie.split(';')[0] ?? '' },
  });

describe('the sign-in attempt cookie', () => {
  it('is HttpOnly, SameSite=Lax, short-lived, limited to /auth/oidc, and reads back', async () => {
    const cookies = createFlowCookies(secret, true);
    const setCookie = await cookies.set(attempt);
    expect(setCookie).toMatch(new RegExp(`^${flowCookie}=`));
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Secure/);
    expect(setCookie).toMatch(/Max-Age=600/);
    expect(setCookie).toMatch(/Path=\/auth\/oidc/);
    expect(await cookies.read(requestWith(setCookie))).toEqual(attempt);
  });

  it('is not read when signed with another secret, missing, or tampered with', async () => {
    const other = await createFlowCookies('another-secret-of-at-least-32-chars!', false).set(
      attempt,
    );
    const cookies = createFlowCookies(secret, false);
    expect(await cookies.read(requestWith(other))).toBeNull();
    expect(await cookies.read(new Request('https://rizoom.example/'))).toBeNull();
    const own = await cookies.set(attempt);
    expect(await cookies.read(requestWith(own.replace(/=(\w)/, '=x$1')))).toBeNull();
  });

  it('and a session token are no substitute for each other', async () => {
    const cookies = createFlowCookies(secret, false);
    const token = (await cookies.set(attempt)).split(';')[0]?.split('=')[1] ?? '';
    expect(await createTokens(secret).verify(token)).toBeNull();
    const session = await createTokens(secret).sign('session-1', new Date(Date.now() + 60_000));
    expect(await cookies.read(requestWith(`${flowCookie}=${session}`))).toBeNull();
  });
});
