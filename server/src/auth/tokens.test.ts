import { SignJWT } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

  describe('remembering verified tokens', () => {
    afterEach(() => vi.useRealTimers());

    it('answers a token it verified before, but not once it has expired', async () => {
      vi.useFakeTimers({ now: new Date('2026-11-16T09:00:00Z') });
      const remembering = createTokens(secret);
      const token = await remembering.sign('session-9', new Date('2026-11-16T10:00:00Z'));
      expect(await remembering.verify(token)).toBe('session-9');
      expect(await remembering.verify(token)).toBe('session-9');
      vi.setSystemTime(new Date('2026-11-16T10:00:01Z'));
      expect(await remembering.verify(token)).toBeNull();
    });

    it('still refuses a forged signature next to remembered tokens, also past its size', async () => {
      const small = createTokens(secret, 2);
      const expires = new Date(Date.now() + 60_000);
      const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((id) => small.sign(id, expires)));
      for (const token of [a, b, c]) expect(await small.verify(token as string)).not.toBeNull();
      const [header, payload] = (a as string).split('.');
      expect(await small.verify(`${header}.${payload}.${'A'.repeat(43)}`)).toBeNull();
      expect(await small.verify(a as string)).toBe('a');
    });
  });
});
