import { describe, expect, it } from 'vitest';
import { developmentPseudonymKey, loadConfig } from '../config.js';
import { regionalKeys, subjectKey } from './pseudonym.js';

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

describe('RIZOOM_PSEUDONYM_KEYS (regional keys)', () => {
  const common = 'the-common-key-of-at-least-32-characters';
  const utrecht = 'the-utrecht-key-of-at-least-32-characters';
  const bsn = '111222333';

  it('gives a region its own key, so the same BSN is another subject there', () => {
    const config = loadConfig({
      RIZOOM_PSEUDONYM_KEY: common,
      RIZOOM_PSEUDONYM_KEYS: JSON.stringify({ MC19: utrecht }),
    });
    const keys = regionalKeys(config.pseudonymKey, config.regionalPseudonymKeys);
    expect(keys('MC19')).toBe(utrecht);
    expect(keys('MC05')).toBe(common);
    expect(subjectKey(bsn, 'MC19', keys)).not.toBe(subjectKey(bsn, 'MC05', keys));
    expect(subjectKey(bsn, 'MC05', keys)).toBe(subjectKey(bsn, 'MC07', keys));
    expect(subjectKey(bsn, 'MC19', keys)).toBe(subjectKey(bsn, 'MC19', keys));
  });

  it('refuses a malformed setting, naming the problem but not the key', () => {
    const attempt = (value: string) => {
      try {
        loadConfig({ RIZOOM_PSEUDONYM_KEYS: value });
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(attempt('not json')).toMatch(/RIZOOM_PSEUDONYM_KEYS: a JSON object/);
    expect(attempt(JSON.stringify({ Utrecht: utrecht }))).toMatch(/RMC region code/);
    const short = attempt(JSON.stringify({ MC19: 'short-secret' }));
    expect(short).toMatch(/MC19: at least 32 characters/);
    expect(short).not.toContain('short-secret');
  });

  it('refuses the development key as a regional key in production', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        RIZOOM_PSEUDONYM_KEY: common,
        RIZOOM_SESSION_SECRET: common,
        RIZOOM_PSEUDONYM_KEYS: JSON.stringify({ MC19: developmentPseudonymKey }),
      }),
    ).toThrow(/RIZOOM_PSEUDONYM_KEYS/);
  });
});
