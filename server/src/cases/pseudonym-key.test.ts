import { describe, expect, it } from 'vitest';
import { developmentPseudonymKey, loadConfig } from '../config.js';

// The pseudonym key's configuration (RIZOOM_PSEUDONYM_KEY), next to the code that uses it.

describe('RIZOOM_PSEUDONYM_KEY', () => {
  it('falls back to the clearly named development key outside production', () => {
    expect(loadConfig({}).pseudonymKey).toBe(developmentPseudonymKey);
    expect(loadConfig({ NODE_ENV: 'test' }).pseudonymKey).toBe(developmentPseudonymKey);
    expect(developmentPseudonymKey).toMatch(/development/);
  });

  it('is taken from the environment when set', () => {
    const key = 'a-regional-secret-of-at-least-32-chars!';
    expect(
      loadConfig({ NODE_ENV: 'production', RIZOOM_PSEUDONYM_KEY: key, RIZOOM_SESSION_SECRET: key })
        .pseudonymKey,
    ).toBe(key);
  });

  it('is required in production, and the development key is refused there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/RIZOOM_PSEUDONYM_KEY/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', RIZOOM_PSEUDONYM_KEY: developmentPseudonymKey }),
    ).toThrow(/RIZOOM_PSEUDONYM_KEY/);
  });

  it('must be at least 32 characters, and a short one is not echoed', () => {
    let message = '';
    try {
      loadConfig({ RIZOOM_PSEUDONYM_KEY: 'too-short-secret' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/RIZOOM_PSEUDONYM_KEY: at least 32 characters/);
    expect(message).not.toContain('too-short-secret');
  });
});
