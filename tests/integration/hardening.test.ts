import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../seeds/accounts.js';
import {
  buildManifest,
  operationsUnder,
} from '../../server/src/http/security/persisted-manifest.js';
import { sha256 } from '../../server/src/http/security/persisted-operations.js';
import { queryLimits } from '../../server/src/schema/builder.js';
import { schema } from '../../server/src/schema/index.js';
import { REGIONS_QUERY } from '../../web/src/api/operations/regions.js';
import { listen, testApp } from '../support/app.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';
import { fingerprint } from '../support/fingerprint.js';
import { fromGlobalId } from '../support/ids.js';
import { adminViewer, viewerCookie } from '../support/viewers.js';

// Each attack on the API, sent the way an attacker would: through the real HTTP server where
// the transport matters (sizes, addresses, headers), through `app.fetch` where it does not.

const db = connectTestDatabase();
const app = testApp(db);
const partner = 'https://partner.rizoom.example';
const production = {
  NODE_ENV: 'production',
  RIZOOM_PSEUDONYM_KEY: 'p'.repeat(32),
  RIZOOM_SESSION_SECRET: 's'.repeat(32),
};
const scratch = mkdtempSync(join(tmpdir(), 'rizoom-hardening-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let server = '';
let limitedServer = '';
let productionServer = '';
beforeAll(async () => {
  server = await listen(db, { RIZOOM_CORS_ORIGINS: partner });
  limitedServer = await listen(db, {
    RIZOOM_RATE_LIMIT_ADDRESS: '20',
    RIZOOM_RATE_LIMIT_SIGN_IN: '3',
  });
  productionServer = await listen(db, production);
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

/**
 * One request over a real socket from a chosen loopback address (Linux answers all of
 * 127.0.0.0/8), so the server sees distinct clients. `chunks`, when given, is written with
 * chunked transfer encoding, without a Content-Length, and the request is never ended: the
 * answer has to come while the body is still arriving.
 */
function send(
  base: string,
  options: {
    from?: string;
    path?: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    chunks?: Iterable<string>;
  },
): Promise<Answer> {
  const url = new URL(options.path ?? '/graphql', base);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: options.method ?? 'POST',
        localAddress: options.from ?? '127.0.0.1',
        headers: options.headers,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => {
          req.destroy();
          let body: Answer['body'] = {};
          try {
            body = JSON.parse(text) as Answer['body'];
          } catch {
            // not JSON: a page or an empty answer
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      },
    );
    req.on('error', reject);
    if (options.chunks) {
      for (const chunk of options.chunks) req.write(chunk);
    } else {
      req.end(options.body);
    }
  });
}

const json = { 'content-type': 'application/json' };
const post = (
  base: string,
  query: string,
  variables = {},
  from?: string,
  headers: Record<string, string> = {},
) =>
  send(base, {
    from,
    headers: { ...json, ...headers },
    body: JSON.stringify({ query, variables }),
  });
const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

/** The session cookie of a signed-in administrator (the API answers nothing else anonymously). */
let signedIn: { cookie: string };
beforeAll(async () => {
  signedIn = { cookie: await viewerCookie(db, adminViewer) };
});

describe('an oversized request body', () => {
  it('is refused with 413 from its Content-Length, and the server keeps serving', async () => {
    const padding = 'x'.repeat(1024 * 1024);
    const regions = '{ regions(kind: RMC) { code } }';
    const answer = await post(server, `${regions} # ${padding}`, {}, undefined, signedIn);
    expect(answer.status).toBe(413);
    expect(codeOf(answer)).toBe('REQUEST_TOO_LARGE');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    const next = await post(server, regions, {}, undefined, signedIn);
    expect(next.status).toBe(200);
    expect(next.body.errors).toBeUndefined();
    expect(next.body.data?.regions).toHaveLength(40);
  });

  it('is cut off while it streams in chunks without a Content-Length', {
    timeout: 15_000,
  }, async () => {
    // 1.5 MB offered, never finished: the 413 can only come from counting the bytes so far.
    const chunk = 'y'.repeat(64 * 1024);
    const chunks = [
      `{"query":"{ __typename }","pad":"`,
      ...Array.from({ length: 24 }, () => chunk),
    ];
    const answer = await send(server, { headers: json, chunks });
    expect(answer.status).toBe(413);
    expect(codeOf(answer)).toBe('REQUEST_TOO_LARGE');
    expect((await post(server, '{ __typename }')).status).toBe(200);
  });
});

describe('query limits through the HTTP server', () => {
  const nest = (levels: number, inner: string) =>
    Array.from({ length: levels }).reduce<string>(
      (body) => `samenwerkingsverband { ${body} }`,
      inner,
    );

  it('refuses an over-deep and an over-costly query with QUERY_TOO_COMPLEX', async () => {
    const deep = await post(
      server,
      `{ organisations(first: 1) { edges { node { ${nest(queryLimits.depth, 'name')} } } } }`,
      {},
      undefined,
      signedIn,
    );
    expect(codeOf(deep)).toBe('QUERY_TOO_COMPLEX');
    expect(deep.body.data ?? null).toBeNull();
    const lists = 'memberSchools { memberSchools { memberSchools { memberSchools { name } } } }';
    const costly = await post(
      server,
      `{ organisations(first: 100) { edges { node { ${lists} } } } }`,
      {},
      undefined,
      signedIn,
    );
    expect(codeOf(costly)).toBe('QUERY_TOO_COMPLEX');
    // Just within the limits, the same kind of query is answered: the limits, not the session,
    // refused the two above.
    const allowed = await post(
      server,
      `{ organisations(first: 1) { edges { node { ${nest(queryLimits.depth - 5, 'name')} } } } }`,
      {},
      undefined,
      signedIn,
    );
    expect(allowed.body.errors).toBeUndefined();
  });
});

describe('cross-site request forgery', () => {
  const query = JSON.stringify({ query: '{ __typename }' });

  it('refuses what a form or a plain link on another site could send', async () => {
    const asForm = await send(server, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent('{ __typename }')}`,
    });
    expect(asForm.status).toBe(403);
    expect(asForm.body.errors?.[0]?.message).toMatch(/CSRF/);
    const asText = await send(server, { headers: { 'content-type': 'text/plain' }, body: query });
    expect(asText.status).toBe(403);
    const asLink = await send(server, {
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('{ __typename }')}`,
      headers: { accept: 'application/json' },
    });
    expect(asLink.status).toBe(403);
  });

  it('serves a request with the CSRF header or a JSON body', async () => {
    const withHeader = await send(server, {
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('{ __typename }')}`,
      headers: { accept: 'application/json', 'x-rizoom-csrf': '1' },
    });
    expect(withHeader.status).toBe(200);
    expect(withHeader.body.data).toEqual({ __typename: 'Query' });
    expect((await send(server, { headers: json, body: query })).status).toBe(200);
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    send(server, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-rizoom-csrf',
      },
    });

  it('gives a disallowed origin no Access-Control-Allow headers', async () => {
    const evil = 'https://evil.example';
    const answer = await send(server, {
      headers: { ...json, origin: evil },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const allowHeaders = Object.keys(answer.headers).filter((name) =>
      name.startsWith('access-control-allow'),
    );
    expect(allowHeaders).toEqual([]);
    const options = await preflight(evil);
    expect(
      Object.keys(options.headers).filter((name) => name.startsWith('access-control')),
    ).toEqual([]);
  });

  it('lets an allowed origin read answers, with credentials and the CSRF header', async () => {
    const answer = await send(server, {
      headers: { ...json, origin: partner },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(answer.headers['access-control-allow-origin']).toBe(partner);
    expect(answer.headers['access-control-allow-credentials']).toBe('true');
    const options = await preflight(partner);
    expect(options.status).toBe(204);
    expect(options.headers['access-control-allow-origin']).toBe(partner);
    expect(options.headers['access-control-allow-headers']).toContain('x-rizoom-csrf');
  });
});

describe('rate limits', () => {
  it('answers a burst over the limit with 429 and Retry-After, and still serves other addresses', async () => {
    const from = '127.0.0.41';
    const statuses: number[] = [];
    let last: Answer | undefined;
    for (let i = 0; i < 21; i += 1) {
      last = await post(limitedServer, '{ __typename }', {}, from);
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 20).every((status) => status === 200)).toBe(true);
    expect(last?.status).toBe(429);
    expect(last && codeOf(last)).toBe('RATE_LIMITED');
    const retryAfter = Number(last?.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await post(limitedServer, '{ __typename }', {}, '127.0.0.42')).status).toBe(200);
  });

  it('stops brute-force sign-in from one address well before the general limit', async () => {
    // No such account: the guesses must not lock out an account other tests sign in with.
    const nobody = 'brute-force@rizoom.test';
    const from = '127.0.0.43';
    const guess = (password: string) =>
      post(
        limitedServer,
        'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { __typename } }',
        { email: nobody, password },
        from,
      );
    for (const password of ['guess-1', 'guess-2', 'guess-3']) {
      expect((await guess(password)).status).not.toBe(429);
    }
    const blocked = await guess('guess-4');
    expect(blocked.status).toBe(429);
    expect(codeOf(blocked)).toBe('RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Aliases do not smuggle in more guesses: four in one document are four attempts.
    const fourGuesses = [1, 2, 3, 4]
      .map((n) => `g${n}: signIn(email: "${nobody}", password: "${n}") { __typename }`)
      .join(' ');
    const aliased = await post(limitedServer, `mutation { ${fourGuesses} }`, {}, '127.0.0.44');
    expect(aliased.status).toBe(429);
    // The same address may still use the rest of the API.
    expect((await post(limitedServer, '{ __typename }', {}, from)).status).toBe(200);
  });
});

describe('security headers', () => {
  async function headersOf(base: string, path: string, init?: RequestInit) {
    const response = await fetch(new URL(path, base), init);
    await response.arrayBuffer();
    return response.headers;
  }
  const graphqlPost = {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ query: '{ __typename }' }),
  };

  it('are on the web app, the API and the health check', async () => {
    for (const [path, init] of [
      ['/', undefined],
      ['/graphql', graphqlPost],
      ['/health', undefined],
    ] as const) {
      const headers = await headersOf(server, path, init);
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("script-src 'self';");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(headers.get('x-frame-options'), path).toBe('DENY');
      expect(headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
      expect(headers.get('strict-transport-security'), path).toBeNull();
    }
  });

  it('add Strict-Transport-Security in production', async () => {
    for (const path of ['/', '/health']) {
      const headers = await headersOf(productionServer, path);
      expect(headers.get('strict-transport-security'), path).toMatch(/max-age=31536000/);
      expect(headers.get('content-security-policy'), path).toContain('upgrade-insecure-requests');
    }
  });

  it('loosen the policy for the development GraphiQL page only', async () => {
    const page = await headersOf(server, '/graphql', { headers: { accept: 'text/html' } });
    expect(page.get('content-type')).toMatch(/text\/html/);
    expect(page.get('content-security-policy')).toContain("script-src 'self' 'unsafe-inline'");
    expect(page.get('x-frame-options')).toBe('DENY');
  });
});

describe('introspection', () => {
  const introspection = '{ __schema { queryType { name } } }';

  it('is refused in production', async () => {
    const answer = await post(productionServer, introspection);
    expect(answer.body.data ?? null).toBeNull();
    expect(answer.body.errors?.[0]?.message).toMatch(/introspection has been disabled/);
    const byType = await post(productionServer, '{ __type(name: "Organisation") { name } }');
    expect(byType.body.data ?? null).toBeNull();
    // __typename is not introspection; clients rely on it.
    expect((await post(productionServer, '{ __typename }')).body.data).toEqual({
      __typename: 'Query',
    });
  });

  it('is allowed in development', async () => {
    const development = testApp(db, { NODE_ENV: 'development' });
    const response = await development.fetch('http://rizoom.test/graphql', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ query: introspection }),
    });
    expect(await response.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});

describe('persisted operations', () => {
  let persistedOnly: ReturnType<typeof testApp>;
  let persistedOptional: ReturnType<typeof testApp>;
  beforeAll(async () => {
    // The file as the README says to make it: every operation the web app sends.
    const file = join(scratch, 'persisted-operations.json');
    const manifest = buildManifest(await operationsUnder(['web/src/api/operations']), schema);
    writeFileSync(file, JSON.stringify(manifest));
    persistedOnly = testApp(db, {
      RIZOOM_PERSISTED_OPERATIONS: file,
      RIZOOM_PERSISTED_ONLY: 'true',
    });
    persistedOptional = testApp(db, { RIZOOM_PERSISTED_OPERATIONS: file });
  });

  async function ask(target: ReturnType<typeof testApp>, body: Record<string, unknown>) {
    const response = await target.fetch('http://rizoom.test/graphql', {
      method: 'POST',
      headers: json,
      body: JSON.stringify(body),
    });
    return (await response.json()) as Answer['body'];
  }
  const byHash = (hash: string) => ({
    extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
  });

  it('refuses an unknown document and an unknown hash when persisted-only', async () => {
    const arbitrary = await ask(persistedOnly, { query: '{ organisations { totalCount } }' });
    expect(arbitrary.data ?? null).toBeNull();
    expect(arbitrary.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    const unknown = await ask(persistedOnly, byHash(sha256('{ organisations { totalCount } }')));
    expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('runs a known operation by hash, by documentId, and by its exact text', async () => {
    const hash = sha256(REGIONS_QUERY);
    for (const body of [byHash(hash), { documentId: hash }, { query: REGIONS_QUERY }]) {
      const answer = await ask(persistedOnly, body);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.regions).toHaveLength(40);
    }
  });

  it('still runs arbitrary documents when persisted operations are only an option', async () => {
    expect((await ask(persistedOptional, { query: '{ __typename }' })).data).toEqual({
      __typename: 'Query',
    });
    expect(
      (await ask(persistedOptional, byHash(sha256(REGIONS_QUERY)))).data?.regions,
    ).toHaveLength(40);
  });
});

describe('Cypher-injection strings', () => {
  const hostile = [
    "' OR 1=1 //",
    '"}) MATCH (n) DETACH DELETE n //',
    "Robert'); MATCH (n) DETACH DELETE n; //",
    '\\"}) RETURN 1 UNION MATCH (n) RETURN n //',
    '$search',
    '\u0000',
    'x\u0000y',
  ];
  const created: string[] = [];
  const deleteOrganisations = testCypher<{ ids: string[] }, object>('delete-organisations');
  afterAll(() => db.write(deleteOrganisations, { ids: created }));
  let cookie = '';

  async function ask(query: string, variables: Record<string, unknown>) {
    const response = await app.fetch('http://rizoom.test/graphql', {
      method: 'POST',
      headers: { ...json, cookie },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data?: {
        organisations?: { totalCount: number };
        organisation?: { name: string };
        createOrganisation?: {
          __typename: string;
          data?: { id: string; name: string };
          issues?: { field: string }[];
        };
      } | null;
      errors?: { extensions?: { code?: string } }[];
    };
  }
  const countQuery = '{ organisations(first: 1) { totalCount } }';

  beforeAll(async () => {
    // Writing organisations takes an administrator: the demo's.
    const response = await app.fetch('http://rizoom.test/graphql', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        query:
          'mutation($p: String!) { signIn(email: "beheer@rizoom.example", password: $p) { __typename } }',
        variables: { p: demoPassword },
      }),
    });
    cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^rizoom_session=/);
  });

  it('are plain search text: they find nothing extra and change nothing', async () => {
    const before = await fingerprint(db);
    const all = (await ask(countQuery, {})).data?.organisations?.totalCount ?? 0;
    expect(all).toBeGreaterThan(100);
    for (const search of [...hostile, 'x'.repeat(100_000)]) {
      const answer = await ask(
        'query($search: String!) { organisations(first: 5, filter: { search: $search }) { totalCount edges { node { name } } } }',
        { search },
      );
      if (search.length > 200) {
        // Longer than a search may be: refused before any Cypher runs.
        expect(answer.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
      } else {
        expect(answer.errors, JSON.stringify(search)).toBeUndefined();
        expect(answer.data?.organisations?.totalCount).toBeLessThan(all);
      }
    }
    expect(await fingerprint(db)).toBe(before);
  });

  it('are stored verbatim as an organisation name, and nothing else happens', async () => {
    const all = (await ask(countQuery, {})).data?.organisations?.totalCount ?? 0;
    const mutation = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) {
      __typename ... on MutationCreateOrganisationSuccess { data { id name } }
      ... on ValidationError { issues { field } } } }`;
    for (const name of hostile) {
      const answer = await ask(mutation, {
        input: { name, kind: 'WIJKTEAM', municipalityCodes: ['GM0344'] },
      });
      expect(answer.errors, JSON.stringify(name)).toBeUndefined();
      const data = answer.data?.createOrganisation?.data;
      if (!data) throw new Error(`not created: ${JSON.stringify(answer)}`);
      created.push(fromGlobalId(data.id));
      expect(data.name).toBe(name);
      const stored = await ask('query($id: ID!) { organisation(id: $id) { name } }', {
        id: data.id,
      });
      expect(stored.data?.organisation?.name).toBe(name);
    }
    expect((await ask(countQuery, {})).data?.organisations?.totalCount).toBe(all + hostile.length);
  });

  it('are refused when too long, leaving the database as it was', async () => {
    const before = await fingerprint(db);
    const answer = await ask(
      `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) {
        __typename ... on ValidationError { issues { field } } } }`,
      { input: { name: 'x'.repeat(100_000), kind: 'WIJKTEAM', municipalityCodes: ['GM0344'] } },
    );
    expect(answer.data?.createOrganisation).toEqual({
      __typename: 'ValidationError',
      issues: [{ field: 'input.name' }],
    });
    expect(await fingerprint(db)).toBe(before);
  });
});
