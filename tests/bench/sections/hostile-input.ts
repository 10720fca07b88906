import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Random } from '../../../seeds/random.js';
import { loadConfig } from '../../../server/src/config.js';
import { createApp } from '../../../server/src/http/app.js';
import { createLogger } from '../../../server/src/logger.js';
import type { BenchSection } from '../context.js';
import { randomOperation } from './hostile-queries.js';
import { prepareLoadWorld, removeLoadWorld } from './load.js';

// Issue 8, hostile input: generated invalid or hostile requests to /graphql — random operations
// from the schema, wrong variable types, huge strings (up to the 1 MiB limit and beyond), deep
// nesting, many aliases, broken JSON, wrong content types and methods, huge variable objects,
// batches — signed in and anonymous. The server must never answer 5xx, and its memory must
// stay flat. The integration test sends ≥ 2,000; this benchmark ≥ 10,000.

export interface HostileRequest {
  kind: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  query?: string;
}

const json = { 'content-type': 'application/json' };
const body = (query: string, variables: unknown = {}) => JSON.stringify({ query, variables });
const nested = (depth: number) =>
  `{ ${'organisations { edges { node { '.repeat(depth)}id${' } } }'.repeat(depth)} }`;

const kinds: Record<string, (random: Random) => Omit<HostileRequest, 'kind'>> = {
  schema: (r) => ({ method: 'POST', headers: json, body: body(randomOperation(r)) }),
  wrongVariables: (r) => ({
    method: 'POST',
    headers: json,
    body: body(
      'query($id: ID!, $first: Int) { organisation(id: $id) { id name } organisations(first: $first) { totalCount } }',
      {
        id: r.pick([123, {}, [], null, true, 'x'.repeat(r.int(0, 5_000))]),
        first: r.pick(['ten', -5, 1e12, 2.5, {}, [1]]),
      },
    ),
  }),
  hugeString: (r) => ({
    method: 'POST',
    headers: json,
    body: body('query($q: String!) { search(query: $q, first: 5) { __typename } }', {
      q: 'a'.repeat(r.pick([100_000, 900_000, 1_100_000, 2_000_000])),
    }),
  }),
  deepNesting: (r) => ({ method: 'POST', headers: json, body: body(nested(r.int(10, 400))) }),
  deepList: (r) => {
    const depth = r.int(100, 20_000);
    return {
      method: 'POST',
      headers: json,
      body: `{"query":"{ __typename }","variables":{"v":${'['.repeat(depth)}${']'.repeat(depth)}}}`,
    };
  },
  aliases: (r) => ({
    method: 'POST',
    headers: json,
    body: body(
      `{ ${Array.from({ length: r.int(100, 5_000) }, (_, i) => `a${i}: organisations(first: 100) { totalCount }`).join(' ')} }`,
    ),
  }),
  fragmentCycle: () => ({
    method: 'POST',
    headers: json,
    body: body('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
  }),
  brokenJson: (r) => {
    const valid = body(randomOperation(r));
    const broken = r.pick([
      valid.slice(0, r.int(0, valid.length - 1)),
      valid.replace(/"/g, "'"),
      '{"query": "{ __typename }", "variables": "not an object"}',
      '{"query": 42}',
      'null',
      '[]',
      '\u0000\u00ff\ufffe',
      '{"query": "{ __typename }"'.repeat(3),
    ]);
    return { method: 'POST', headers: json, body: broken };
  },
  contentType: (r) => ({
    method: 'POST',
    headers: {
      'content-type': r.pick([
        'text/plain',
        'application/xml',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/graphql',
        'application/json; charset=utf-16',
      ]),
      ...(r.chance(0.5) ? { 'x-rizoom-csrf': '1' } : {}),
    },
    body: r.chance(0.5)
      ? body('{ __typename }')
      : '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{garbage\r\n--x--',
  }),
  hugeVariables: (r) => {
    const variables: Record<string, number> = {};
    for (let i = 0; i < r.int(1_000, 60_000); i += 1) variables[`v${i}`] = i;
    return { method: 'POST', headers: json, body: body('{ __typename }', variables) };
  },
  batch: (r) => ({
    method: 'POST',
    headers: json,
    body: JSON.stringify(
      Array.from({ length: r.int(2, 300) }, () => ({ query: randomOperation(r) })),
    ),
  }),
  get: (r) => ({
    method: 'GET',
    headers: { 'x-rizoom-csrf': '1' },
    query: `query=${encodeURIComponent(randomOperation(r))}&variables=${r.pick(['%7B', '{}', 'null', 'x'])}`,
  }),
  method: (r) => ({
    method: r.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS']),
    headers: json,
    body: body('{ __typename }'),
  }),
  persisted: (r) => ({
    method: 'POST',
    headers: json,
    body: JSON.stringify(
      r.chance(0.5)
        ? { documentId: 'x'.repeat(r.int(1, 500)) }
        : { extensions: { persistedQuery: { version: 1, sha256Hash: 'nope' } } },
    ),
  }),
  introspection: () => ({
    method: 'POST',
    headers: json,
    body: body(
      '{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }',
    ),
  }),
};
const weights = {
  schema: 45,
  wrongVariables: 8,
  hugeString: 2,
  deepNesting: 5,
  deepList: 3,
  aliases: 2,
  fragmentCycle: 2,
  brokenJson: 9,
  contentType: 6,
  hugeVariables: 2,
  batch: 3,
  get: 5,
  method: 3,
  persisted: 3,
  introspection: 2,
};

export function* hostileRequests(count: number, seed = 8): Generator<HostileRequest> {
  const random = new Random(seed);
  for (let i = 0; i < count; i += 1) {
    const kind = random.weighted(weights);
    yield { kind, ...(kinds[kind] as (r: Random) => Omit<HostileRequest, 'kind'>)(random) };
  }
}

export interface HostileStats {
  sent: number;
  byStatus: Record<string, number>;
  /** Requests answered 5xx or not at all: kind, status and the start of the answer. */
  failures: string[];
}

/** Sends the requests, `concurrency` at a time, alternately signed in (`cookie`) and anonymous. */
export async function sendHostile(
  url: string,
  requests: Iterable<HostileRequest>,
  cookie: string,
  concurrency = 8,
) {
  const stats: HostileStats = { sent: 0, byStatus: {}, failures: [] };
  const iterator = requests[Symbol.iterator]();
  const worker = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      const request = next.value;
      stats.sent += 1;
      const signedIn = stats.sent % 2 === 0;
      const headers = { ...request.headers, ...(signedIn ? { cookie } : {}) };
      try {
        const target = request.query ? `${url}?${request.query}` : url;
        const response = await fetch(target, {
          method: request.method,
          headers,
          body: request.body ?? null,
        });
        const text = await response.text();
        stats.byStatus[response.status] = (stats.byStatus[response.status] ?? 0) + 1;
        if (response.status >= 500)
          stats.failures.push(`${request.kind} ${response.status} ${text.slice(0, 200)}`);
      } catch (error) {
        stats.byStatus.closed = (stats.byStatus.closed ?? 0) + 1;
        // Over the size limit the server may answer 413 and close before the body is sent.
        if ((request.body?.length ?? 0) < 1_048_576)
          stats.failures.push(`${request.kind}: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return stats;
}

/** The garbage collector, exposed at run time (vitest and tsx do not pass --expose-gc). */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** Issue 8: BENCH_HOSTILE_REQUESTS (default 10,000) against an API on a free port. */
export const hostileInput: BenchSection = {
  name: 'hostile-input',
  async run({ db, log }) {
    const count = Number(process.env.BENCH_HOSTILE_REQUESTS ?? 10_000);
    const config = loadConfig({ NODE_ENV: 'test' });
    const server = createApp({ db, config, logger: createLogger('silent', false) }).createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const world = await prepareLoadWorld(db, 'bench-hostile');
    const cookie = world.cookies[world.school] ?? '';
    try {
      await sendHostile(url, hostileRequests(2_000, 1), cookie);
      collectGarbage();
      const warm = process.memoryUsage().heapUsed;
      const started = performance.now();
      log(`hostile-input: ${count} requests`);
      const stats = await sendHostile(url, hostileRequests(count), cookie);
      const seconds = (performance.now() - started) / 1000;
      collectGarbage();
      const end = process.memoryUsage().heapUsed;
      const mib = (b: number) => `${(b / 1_048_576).toFixed(0)} MiB`;
      const fiveXx = Object.entries(stats.byStatus)
        .filter(([s]) => Number(s) >= 500)
        .reduce((sum, [, n]) => sum + n, 0);
      return {
        title: `Hostile input (issue 8): ${stats.sent} generated requests`,
        metrics: [
          { name: 'requests/s', value: (stats.sent / seconds).toFixed(0) },
          {
            name: '5xx answers',
            value: String(fiveXx),
            target: '0',
            met: fiveXx === 0 && stats.failures.length === 0,
          },
          {
            name: 'heap after warm-up → end (after GC)',
            value: `${mib(warm)} → ${mib(end)}`,
            target: '≤ 1.5× + 20 MiB',
            met: end <= warm * 1.5 + 20 * 1_048_576,
          },
        ],
        tables: [
          {
            caption: 'answers by HTTP status',
            rows: [
              ['status', 'count'],
              ...Object.entries(stats.byStatus).map(([s, n]) => [s, String(n)]),
            ],
          },
        ],
        notes: stats.failures.slice(0, 5),
      };
    } finally {
      await removeLoadWorld(db, world);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  },
};
