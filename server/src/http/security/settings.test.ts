import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';

// The hardening settings as `loadConfig` reads them from the environment.
describe('security settings', () => {
  it('default to 1 MB requests, 64 MB uploads and 300/600/10 requests a minute', () => {
    expect(loadConfig({}).security).toEqual({
      maxRequestBytes: 1024 * 1024,
      maxUploadBytes: 64 * 1024 * 1024,
      rateLimits: { perAddress: 300, perAccount: 600, signInPerAddress: 10 },
      trustedProxies: 0,
      corsOrigins: [],
      persistedOperations: null,
    });
  });

  it('turn rate limits off in test mode unless set', () => {
    const limits = (env: NodeJS.ProcessEnv) => loadConfig({ NODE_ENV: 'test', ...env }).security;
    expect(limits({}).rateLimits).toEqual({ perAddress: 0, perAccount: 0, signInPerAddress: 0 });
    expect(limits({ RIZOOM_RATE_LIMIT_SIGN_IN: '3' }).rateLimits.signInPerAddress).toBe(3);
  });

  it('read sizes with k and m, and a list of origins', () => {
    const config = loadConfig({
      RIZOOM_MAX_REQUEST_SIZE: '512k',
      RIZOOM_MAX_UPLOAD_SIZE: '5m',
      RIZOOM_CORS_ORIGINS: 'https://a.example.nl, https://b.example.nl:8443',
    });
    expect(config.security.maxRequestBytes).toBe(512 * 1024);
    expect(config.security.maxUploadBytes).toBe(5 * 1024 * 1024);
    expect(config.security.corsOrigins).toEqual([
      'https://a.example.nl',
      'https://b.example.nl:8443',
    ]);
  });

  it('name every bad setting', () => {
    expect(() => loadConfig({ RIZOOM_CORS_ORIGINS: 'https://a.example.nl/app' })).toThrow(
      /RIZOOM_CORS_ORIGINS/,
    );
    expect(() => loadConfig({ RIZOOM_MAX_REQUEST_SIZE: 'lots' })).toThrow(
      /RIZOOM_MAX_REQUEST_SIZE/,
    );
    expect(() => loadConfig({ RIZOOM_PERSISTED_ONLY: 'true' })).toThrow(
      /RIZOOM_PERSISTED_ONLY: needs RIZOOM_PERSISTED_OPERATIONS/,
    );
  });

  it('resolve the persisted operations file', () => {
    const config = loadConfig({
      RIZOOM_PERSISTED_OPERATIONS: 'ops.json',
      RIZOOM_PERSISTED_ONLY: 'true',
    });
    expect(config.security.persistedOperations).toEqual({
      file: expect.stringMatching(/\/ops\.json$/),
      only: true,
    });
  });
});
