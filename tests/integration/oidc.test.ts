import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/src/auth/passwords.js';
import { accountByEmail, recordFailedSignIn } from '../../server/src/auth/store.js';
import { loadConfig } from '../../server/src/config.js';
import { createApp } from '../../server/src/http/app.js';
import { graphql, testApp } from '../support/app.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';

// Signing in through an OpenID Connect identity provider, against a small fake provider on a
// free port: discovery, /authorize (answers at once with a code), /token (an RS256 ID token)
// and /jwks. Each test can change the next ID token, or sign it with another key.

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;
type Answer = { status: number; headers: Record<string, string>; body: string };

interface Authorization {
  clientId: string;
  redirectUri: string;
  nonce: string;
  codeChallenge: string;
}

class FakeIdentityProvider {
  issuer = '';
  clientSecret: string | null = 'idp-secret';
  /** Who signs in at the provider. */
  email = '';
  /** Changes the claims of the next ID tokens (wrong nonce, audience, expiry, …). */
  changeClaims: (claims: JWTPayload) => JWTPayload = (claims) => claims;
  /** Signs the next ID tokens with this key instead of the published one. */
  signWith: KeyPair | null = null;
  tokenRequests = 0;
  lastIdToken = '';
  private readonly codes = new Map<string, Authorization>();
  private server: Server | null = null;

  constructor(
    private readonly keys: KeyPair,
    readonly clientId: string,
  ) {}

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      this.handle(request).then(
        ({ status, headers, body }) => {
          response.writeHead(status, headers);
          response.end(body);
        },
        (error: unknown) => {
          response.writeHead(500);
          response.end(String(error));
        },
      );
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.issuer = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(request: IncomingMessage): Promise<Answer> {
    const url = new URL(request.url ?? '/', this.issuer);
    const json = (status: number, body: unknown): Answer => ({
      status,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    switch (url.pathname) {
      case '/.well-known/openid-configuration':
        return json(200, {
          issuer: this.issuer,
          authorization_endpoint: `${this.issuer}/authorize`,
          token_endpoint: `${this.issuer}/token`,
          jwks_uri: `${this.issuer}/jwks`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          code_challenge_methods_supported: ['S256'],
          token_endpoint_auth_methods_supported: ['client_secret_basic', 'none'],
        });
      case '/jwks':
        return json(200, {
          keys: [{ ...(await exportJWK(this.keys.publicKey)), kid: 'idp-1', alg: 'RS256' }],
        });
      case '/authorize':
        return this.authorize(url.searchParams);
      case '/token':
        return this.token(request, new URLSearchParams(await bodyOf(request)), json);
      default:
        return json(404, { error: 'not_found' });
    }
  }

  /** Signs the user in at once: back to Rizoom with a code and the state it was given. */
  private authorize(params: URLSearchParams): Answer {
    const redirectUri = params.get('redirect_uri') ?? '';
    const wellFormed =
      params.get('response_type') === 'code' &&
      params.get('client_id') === this.clientId &&
      params.get('scope')?.split(' ').includes('openid') &&
      params.get('code_challenge_method') === 'S256' &&
      params.get('code_challenge') &&
      params.get('nonce') &&
      params.get('state');
    if (!wellFormed) return { status: 400, headers: {}, body: 'bad authorization request' };
    const code = randomBytes(16).toString('base64url');
    this.codes.set(code, {
      clientId: this.clientId,
      redirectUri,
      nonce: params.get('nonce') ?? '',
      codeChallenge: params.get('code_challenge') ?? '',
    });
    const back = new URL(redirectUri);
    back.searchParams.set('code', code);
    back.searchParams.set('state', params.get('state') ?? '');
    return { status: 302, headers: { location: back.href }, body: '' };
  }

  /** Checks the client, the code, the redirect URI and the PKCE verifier; issues an ID token. */
  private async token(
    request: IncomingMessage,
    form: URLSearchParams,
    json: (status: number, body: unknown) => Answer,
  ): Promise<Answer> {
    this.tokenRequests++;
    const code = form.get('code') ?? '';
    const granted = this.codes.get(code);
    this.codes.delete(code);
    const clientOk = this.clientSecret
      ? basicCredentials(request.headers.authorization) === `${this.clientId}:${this.clientSecret}`
      : !request.headers.authorization && form.get('client_id') === this.clientId;
    if (!clientOk) return json(401, { error: 'invalid_client' });
    const verifier = form.get('code_verifier') ?? '';
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    if (
      form.get('grant_type') !== 'authorization_code' ||
      !granted ||
      granted.redirectUri !== form.get('redirect_uri') ||
      granted.codeChallenge !== challenge
    ) {
      return json(400, { error: 'invalid_grant' });
    }
    const now = Math.floor(Date.now() / 1000);
    const claims = this.changeClaims({
      iss: this.issuer,
      aud: this.clientId,
      sub: 'idp-user-1',
      email: this.email,
      nonce: granted.nonce,
      iat: now,
      exp: now + 300,
    });
    const key = this.signWith ?? this.keys;
    this.lastIdToken = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'idp-1' })
      .sign(key.privateKey);
    return json(200, {
      access_token: randomBytes(16).toString('base64url'),
      token_type: 'Bearer',
      expires_in: 300,
      id_token: this.lastIdToken,
    });
  }
}

/** RFC 6749 2.3.1: id and secret are form-encoded, then joined and base64-encoded. */
function basicCredentials(header: string | undefined): string | null {
  if (!header?.startsWith('Basic ')) return null;
  const [id = '', secret = ''] = Buffer.from(header.slice(6), 'base64').toString().split(':');
  const decode = (part: string) => decodeURIComponent(part.replace(/\+/g, ' '));
  return `${decode(id)}:${decode(secret)}`;
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += String(chunk);
  return body;
}

const db = connectTestDatabase();
const idp = new FakeIdentityProvider(await generateKeyPair('RS256'), 'rizoom-test');
const otherKey = await generateKeyPair('RS256');
const createAccount = testCypher<
  { id: string; email: string; role: string; passwordHash: string; professionalId: string },
  { id: string }
>('auth-create-account');
const pick = testCypher<object, { inRegion: { professionalId: string }[] }>(
  'auth-pick-professionals',
);
const cleanup = testCypher<object, object>('auth-delete-test-data');

const account = { id: 'test-auth-oidc', email: 'test-auth-oidc@gemeente.example' };
const lockedAccount = {
  id: 'test-auth-oidc-locked',
  email: 'test-auth-oidc-locked@gemeente.example',
};
const oidcEnv = () => ({
  RIZOOM_OIDC_ISSUER: idp.issuer,
  RIZOOM_OIDC_CLIENT_ID: idp.clientId,
  RIZOOM_OIDC_CLIENT_SECRET: 'idp-secret',
  RIZOOM_OIDC_LABEL: 'Gemeente Utrecht',
});
let app: ReturnType<typeof testApp>;
/** The same app with its log kept, so that each refusal can be checked for its reason. */
let watched: Fetching;
let logged: string[] = [];

beforeAll(async () => {
  await idp.start();
  app = testApp(db, oidcEnv(), null);
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logged.push(String(chunk));
      done();
    },
  });
  watched = createApp({
    db,
    config: loadConfig({ NODE_ENV: 'test', ...oidcEnv() }),
    logger: pino({ level: 'trace' }, sink),
  });
  const [people] = await db.read(pick, {});
  const professionalId = people?.inRegion[0]?.professionalId ?? '';
  for (const { id, email } of [account, lockedAccount]) {
    await db.write(createAccount, {
      id,
      email,
      role: 'PROFESSIONAL',
      passwordHash: await hashPassword(randomBytes(16).toString('hex')),
      professionalId,
    });
  }
  // Locked the way wrong passwords lock it.
  await recordFailedSignIn(db, lockedAccount.id, { maxAttempts: 1, lockMinutes: 15 });
});

afterAll(async () => {
  await db.write(cleanup, {});
  await idp.stop();
});

/** `app.fetch` of a test app, or of an app made with `createApp` directly. */
type Fetching = { fetch: (url: string, init: RequestInit) => Response | Promise<Response> };

function setCookies(response: Response): string[] {
  return response.headers.getSetCookie();
}

/**
 * What a browser does: Rizoom's login, the provider's authorize (which answers at once), and
 * back to Rizoom's callback with the attempt cookie. `answer` may change the provider's answer.
 */
async function signInThroughProvider(
  options: { app?: Fetching; answer?: (url: URL) => void } = {},
) {
  const through = options.app ?? app;
  const login = await through.fetch('http://rizoom.test/auth/oidc/login', {});
  expect(login.status).toBe(302);
  const attemptCookie = setCookies(login)[0]?.split(';')[0] ?? '';
  const authorize = await fetch(login.headers.get('location') ?? '', { redirect: 'manual' });
  expect(authorize.status).toBe(302);
  const answer = new URL(authorize.headers.get('location') ?? '');
  options.answer?.(answer);
  const callback = await through.fetch(answer.href, { headers: { cookie: attemptCookie } });
  const session = setCookies(callback).find((cookie) => cookie.startsWith('rizoom_session='));
  return { login, callback, location: callback.headers.get('location'), session };
}

const viewerOf = async (sessionSetCookie: string | undefined) =>
  (
    await graphql<{ viewer: { email: string; role: string } | null }>(
      app,
      '{ viewer { email role } }',
      {},
      { cookie: sessionSetCookie?.split(';')[0] ?? '' },
    )
  ).data?.viewer ?? null;

/** Goes through `watched`, and checks that it refused, and why. */
async function expectRefusal(
  reason: RegExp,
  answer?: (url: URL) => void,
): Promise<Awaited<ReturnType<typeof signInThroughProvider>>> {
  logged = [];
  const outcome = await signInThroughProvider({ app: watched, ...(answer ? { answer } : {}) });
  expect(outcome.callback.status).toBe(302);
  expect(outcome.location).toBe('/?aanmelden=mislukt');
  expect(outcome.session).toBeUndefined();
  const refusals = logged
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => entry.msg === 'OIDC sign-in refused');
  expect(refusals).toHaveLength(1);
  const { reason: why, detail, oauthError } = refusals[0] ?? {};
  expect([why, detail, oauthError].filter(Boolean).join(' | ')).toMatch(reason);
  return outcome;
}

describe('signing in through the identity provider', () => {
  it('is offered to anonymous visitors, with its label', async () => {
    const { data, errors } = await graphql(app, '{ signInOptions { oidc { label } } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ signInOptions: { oidc: { label: 'Gemeente Utrecht' } } });
  });

  it('sends the browser to the provider with PKCE, state and nonce, the attempt in a Lax cookie', async () => {
    const login = await app.fetch('http://rizoom.test/auth/oidc/login');
    expect(login.status).toBe(302);
    const target = new URL(login.headers.get('location') ?? '');
    expect(`${target.origin}${target.pathname}`).toBe(`${idp.issuer}/authorize`);
    expect(Object.fromEntries(target.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: idp.clientId,
      redirect_uri: 'http://rizoom.test/auth/oidc/callback',
      scope: 'openid email',
      code_challenge_method: 'S256',
    });
    for (const param of ['state', 'nonce', 'code_challenge'])
      expect(target.searchParams.get(param)).toMatch(/^[\w-]{40,}$/);
    const [cookie] = setCookies(login);
    expect(cookie).toMatch(/^rizoom_oidc=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Max-Age=600/i);
  });

  it('signs the Rizoom account with the e-mail address in, as a password does', async () => {
    idp.email = 'Test-Auth-OIDC@Gemeente.example';
    const outcome = await signInThroughProvider();
    expect(outcome.callback.status).toBe(302);
    expect(outcome.location).toBe('/');
    expect(outcome.session).toMatch(/HttpOnly/i);
    expect(outcome.session).toMatch(/SameSite=Strict/i);
    // The attempt cookie is spent.
    expect(setCookies(outcome.callback).find((c) => c.startsWith('rizoom_oidc='))).toMatch(
      /Max-Age=0/,
    );
    expect(await viewerOf(outcome.session)).toEqual({ email: account.email, role: 'PROFESSIONAL' });
  });

  it('works for a public client (no secret) as well', async () => {
    idp.email = account.email;
    idp.clientSecret = null;
    try {
      const { RIZOOM_OIDC_CLIENT_SECRET: _secret, ...env } = oidcEnv();
      const outcome = await signInThroughProvider({ app: testApp(db, env, null) });
      expect(outcome.location).toBe('/');
      expect(await viewerOf(outcome.session)).toMatchObject({ email: account.email });
    } finally {
      idp.clientSecret = 'idp-secret';
    }
  });

  it('refuses an answer with another state, before asking for a token', async () => {
    idp.email = account.email;
    const before = idp.tokenRequests;
    await expectRefusal(/"state"/, (url) => url.searchParams.set('state', 'forged'));
    expect(idp.tokenRequests).toBe(before);
  });

  it('refuses a callback without the attempt cookie', async () => {
    idp.email = account.email;
    const login = await watched.fetch('http://rizoom.test/auth/oidc/login', {});
    const authorize = await fetch(login.headers.get('location') ?? '', { redirect: 'manual' });
    logged = [];
    const callback = await watched.fetch(authorize.headers.get('location') ?? '', {});
    expect(callback.headers.get('location')).toBe('/?aanmelden=mislukt');
    expect(logged.join('')).toMatch(/no sign-in attempt in progress/);
  });

  it('refuses an error answer from the provider', async () => {
    await expectRefusal(/access_denied/, (url) => {
      url.searchParams.delete('code');
      url.searchParams.set('error', 'access_denied');
    });
  });

  const now = () => Math.floor(Date.now() / 1000);
  const badTokens: [string, RegExp, (claims: JWTPayload) => JWTPayload][] = [
    ['another nonce', /"nonce"/, (claims) => ({ ...claims, nonce: 'not-the-nonce' })],
    ['another audience', /"aud"/, (claims) => ({ ...claims, aud: 'another-client' })],
    ['an expiry past', /"exp"/, (claims) => ({ ...claims, iat: now() - 900, exp: now() - 600 })],
    ['another issuer', /"iss"/, (claims) => ({ ...claims, iss: 'http://127.0.0.1:1' })],
    [
      'no e-mail address',
      /no e-mail address in its "email" claim/,
      ({ email: _, ...claims }) => claims,
    ],
    [
      'an e-mail address the provider has not verified',
      /not verified/,
      (claims) => ({ ...claims, email_verified: false }),
    ],
  ];
  for (const [what, reason, change] of badTokens) {
    it(`refuses an ID token with ${what}`, async () => {
      idp.email = account.email;
      idp.changeClaims = change;
      try {
        await expectRefusal(reason);
      } finally {
        idp.changeClaims = (claims) => claims;
      }
    });
  }

  it('refuses an ID token signed by a key the provider does not publish', async () => {
    idp.email = account.email;
    idp.signWith = otherKey;
    try {
      await expectRefusal(/signature/i);
    } finally {
      idp.signWith = null;
    }
  });

  it('refuses an e-mail address without a Rizoom account, and creates none', async () => {
    idp.email = 'test-auth-oidc-nobody@gemeente.example';
    await expectRefusal(/no Rizoom account has the e-mail address/);
    expect(await accountByEmail(db, idp.email)).toBeNull();
  });

  it('refuses a locked account', async () => {
    idp.email = lockedAccount.email;
    await expectRefusal(/the Rizoom account is locked/);
  });

  it('logs why it refused, without the ID token or its claims', async () => {
    idp.email = account.email;
    idp.changeClaims = (claims) => ({ ...claims, nonce: 'not-the-nonce' });
    try {
      await expectRefusal(/"nonce"/);
    } finally {
      idp.changeClaims = (claims) => claims;
    }
    const log = logged.join('');
    for (const secret of [
      idp.lastIdToken,
      ...idp.lastIdToken.split('.'),
      account.email,
      'idp-user-1',
      'not-the-nonce',
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});

describe('without an identity provider configured', () => {
  const plain = () => testApp(db, {}, null);

  it('offers none, and /auth/oidc answers 404', async () => {
    const app = plain();
    const { data } = await graphql(app, '{ signInOptions { oidc { label } } }');
    expect(data).toEqual({ signInOptions: { oidc: null } });
    expect((await app.fetch('http://rizoom.test/auth/oidc/login')).status).toBe(404);
    expect((await app.fetch('http://rizoom.test/auth/oidc/callback?code=x&state=y')).status).toBe(
      404,
    );
  });
});
