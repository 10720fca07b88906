import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createTokens } from './tokens.js';

const secret = 'a-test-secret-that-is-long-enough-for-hs256';

describe('session tokens', () => {
  const tokens = createTokens(secret);

  it('round-trips the session id until expiry', async () => {
    const token = await tokens.sign('session-1', new Date(Date.now() + 60_000));
    expect(await tokens.verify(token)).toBe('session-1');
  });

  it('refuses an expired token', async () => {
    const token = await tokens.sign('session-1', new Date(Date.now() - 60_000));
    expect(await tokens.verify(token)).toBeNull();
  });

  it('refuses a token signed with another secret, or tampered with', async () => {
    const forged = await createTokens('another-secret-that-is-long-enough-for-hs256').sign(
      'session-1',
      new Date(Date.now() + 60_000),
    );
    expect(await tokens.verify(forged)).toBeNull();
    const token = await tokens.sign('session-1', new Date(Date.now() + 60_000));
    const [header, , signature] = token.split('.');
    const payload = Buffer.from(
      JSON.stringify({ sid: 'session-2', iss: 'rizoom', aud: 'rizoom' }),
    ).toString('base64url');
    expect(await tokens.verify(`${header}.${payload}.${signature}`)).toBeNull();
  });

  it("refuses an unsigned ('none') token and garbage", async () => {
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sid":"s"}').toString('base64url')}.`;
    expect(await tokens.verify(unsigned)).toBeNull();
    expect(await tokens.verify('not a token')).toBeNull();
    const otherAudience = await new SignJWT({ sid: 's' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('rizoom')
      .setAudience('elsewhere')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(secret));
    expect(await tokens.verify(otherAudience)).toBeNull();
  });
});
