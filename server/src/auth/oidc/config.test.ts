import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';

// The OIDC settings as `config.ts` reads them from the environment.
const issuer = 'https://login.utrecht.example';
const production = { NODE_ENV: 'production', RIZOOM_SESSION_SECRET: 's'.repeat(32) };
const productionKeys = { ...production, RIZOOM_PSEUDONYM_KEY: 'k'.repeat(32) };

describe('the OIDC settings', () => {
  it('are off without an issuer', () => {
    expect(loadConfig({}).oidc).toBeNull();
  });

  it('fill in the label, the e-mail claim and a public client by default', () => {
    expect(
      loadConfig({ RIZOOM_OIDC_ISSUER: issuer, RIZOOM_OIDC_CLIENT_ID: 'rizoom' }).oidc,
    ).toEqual({
      issuer,
      clientId: 'rizoom',
      clientSecret: null,
      redirectUri: null,
      label: 'login.utrecht.example',
      emailClaim: 'email',
    });
  });

  it('take every setting given', () => {
    const oidc = loadConfig({
      ...productionKeys,
      RIZOOM_OIDC_ISSUER: `${issuer}/realms/gemeente`,
      RIZOOM_OIDC_CLIENT_ID: 'rizoom',
      RIZOOM_OIDC_CLIENT_SECRET: 'geheim',
      RIZOOM_OIDC_REDIRECT_URI: 'https://rizoom.utrecht.example/auth/oidc/callback',
      RIZOOM_OIDC_LABEL: ' Gemeente Utrecht ',
      RIZOOM_OIDC_EMAIL_CLAIM: 'upn',
    }).oidc;
    expect(oidc).toEqual({
      issuer: `${issuer}/realms/gemeente`,
      clientId: 'rizoom',
      clientSecret: 'geheim',
      redirectUri: 'https://rizoom.utrecht.example/auth/oidc/callback',
      label: 'Gemeente Utrecht',
      emailClaim: 'upn',
    });
  });

  it('refuse an issuer without a client id, and a client id without an issuer', () => {
    expect(() => loadConfig({ RIZOOM_OIDC_ISSUER: issuer })).toThrow(
      'Invalid configuration: RIZOOM_OIDC_CLIENT_ID: required with RIZOOM_OIDC_ISSUER',
    );
    expect(() => loadConfig({ RIZOOM_OIDC_CLIENT_ID: 'rizoom' })).toThrow(
      /^Invalid configuration: RIZOOM_OIDC_CLIENT_ID: needs RIZOOM_OIDC_ISSUER/,
    );
    expect(() => loadConfig({ RIZOOM_OIDC_LABEL: 'Gemeente Utrecht' })).toThrow(
      /RIZOOM_OIDC_LABEL: needs RIZOOM_OIDC_ISSUER/,
    );
  });

  it('refuse addresses that are no http(s) address, or a redirect elsewhere than the callback', () => {
    const base = { RIZOOM_OIDC_CLIENT_ID: 'rizoom' };
    for (const bad of ['login.utrecht.example', 'ftp://login.example', `${issuer}?x=1`]) {
      expect(() => loadConfig({ ...base, RIZOOM_OIDC_ISSUER: bad })).toThrow(
        /^Invalid configuration: RIZOOM_OIDC_ISSUER: an http\(s\) address/,
      );
    }
    expect(() =>
      loadConfig({
        ...base,
        RIZOOM_OIDC_ISSUER: issuer,
        RIZOOM_OIDC_REDIRECT_URI: 'https://rizoom.example/callback',
      }),
    ).toThrow(/RIZOOM_OIDC_REDIRECT_URI: the address of Rizoom's callback/);
    expect(() =>
      loadConfig({ ...base, RIZOOM_OIDC_ISSUER: issuer, RIZOOM_OIDC_EMAIL_CLAIM: 'e mail' }),
    ).toThrow(/RIZOOM_OIDC_EMAIL_CLAIM: a claim name/);
  });

  it('allow http outside production only', () => {
    const local = {
      RIZOOM_OIDC_ISSUER: 'http://127.0.0.1:8080/realms/test',
      RIZOOM_OIDC_CLIENT_ID: 'rizoom',
    };
    expect(loadConfig({ NODE_ENV: 'test', ...local }).oidc?.issuer).toBe(local.RIZOOM_OIDC_ISSUER);
    expect(() => loadConfig({ ...productionKeys, ...local })).toThrow(
      'Invalid configuration: RIZOOM_OIDC_ISSUER: https in production',
    );
    expect(() =>
      loadConfig({
        ...productionKeys,
        RIZOOM_OIDC_ISSUER: issuer,
        RIZOOM_OIDC_CLIENT_ID: 'rizoom',
        RIZOOM_OIDC_REDIRECT_URI: 'http://rizoom.example/auth/oidc/callback',
      }),
    ).toThrow('Invalid configuration: RIZOOM_OIDC_REDIRECT_URI: https in production');
  });
});
