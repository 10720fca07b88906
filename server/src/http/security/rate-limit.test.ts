import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimits } from './rate-limit.js';

// A small Yoga behind a real Node server, so requests have real client addresses: Linux
// answers the whole 127.0.0.0/8 on the loopback, so each test can be its own client.
const limits = createRateLimits({
  perAddress: 5,
  perAccount: 3,
  signInPerAddress: 2,
  trustedProxies: 0,
});
const yoga = createYoga({
  schema: createSchema({
    typeDefs: `type Query { hello: String }
      type Mutation { signIn(password: String): Boolean }`,
    resolvers: { Query: { hello: () => 'hi' }, Mutation: { signIn: () => false } },
  }),
  // Stands in for the session lookup: the account is whatever the request says.
  context: ({ request }) => {
    const accountId = request.headers.get('x-test-account');
    return { viewer: accountId ? { accountId } : null };
  },
  plugins: [limits.perRequest, limits.perOperation],
  logging: false,
});
const server = createServer(yoga);
let port = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Answer {
  status: number;
  retryAfter: string | undefined;
  code: string | undefined;
}

function post(from: string, query: string, headers: Record<string, string> = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const body = JSON.stringify({ query });
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        localAddress: from,
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => {
          const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
          const retryAfter = res.headers['retry-after'];
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: typeof retryAfter === 'string' ? retryAfter : undefined,
            code: parsed.errors?.[0]?.extensions?.code,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function burst(count: number, send: () => Promise<Answer>): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (let i = 0; i < count; i += 1) answers.push(await send());
  return answers;
}

describe('rate limits', () => {
  it('answers 429 with Retry-After once an address is over its limit, and serves others', async () => {
    const answers = await burst(6, () => post('127.0.0.11', '{ hello }'));
    expect(answers.slice(0, 5).map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers[5]).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(answers[5]?.retryAfter)).toBeGreaterThan(0);
    expect(Number(answers[5]?.retryAfter)).toBeLessThanOrEqual(60);
    expect((await post('127.0.0.12', '{ hello }')).status).toBe(200);
  });

  it('counts a signed-in account across addresses', async () => {
    const asAlice = { 'x-test-account': 'alice' };
    await burst(3, () => post('127.0.0.21', '{ hello }', asAlice));
    expect(await post('127.0.0.22', '{ hello }', asAlice)).toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
    });
    expect((await post('127.0.0.22', '{ hello }', { 'x-test-account': 'bob' })).status).toBe(200);
  });

  it('counts every aliased sign-in in a document as an attempt', async () => {
    const twoGuesses = 'mutation { a: signIn(password: "1") b: signIn(password: "2") }';
    expect((await post('127.0.0.31', twoGuesses)).status).toBe(200);
    expect(await post('127.0.0.31', 'mutation { signIn(password: "3") }')).toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
    });
    // Other operations from that address are not held back by the sign-in limit.
    expect((await post('127.0.0.31', '{ hello }')).status).toBe(200);
  });
});
