import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './ApiError';
import { graphqlRequest } from './graphqlRequest';
import { typedDocument } from './typedDocument';

const HELLO = typedDocument<{ hello: string }, { name: string }>(
  'query Hello($name: String!) { hello }',
);

function respondWith(body: unknown, status = 200) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

afterEach(() => vi.unstubAllGlobals());

describe('graphqlRequest', () => {
  it('posts the document and variables to /graphql and returns data', async () => {
    const fetchMock = respondWith({ data: { hello: 'Rizoom' } });
    await expect(graphqlRequest(HELLO, { name: 'x' })).resolves.toEqual({ hello: 'Rizoom' });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(JSON.parse(String(init.body))).toEqual({ query: HELLO, variables: { name: 'x' } });
  });

  it('turns extensions.code into the ApiError code', async () => {
    respondWith({
      data: null,
      errors: [{ message: 'down', extensions: { code: 'DATABASE_UNAVAILABLE' } }],
    });
    expect((await caught(graphqlRequest(HELLO, { name: 'x' }))).code).toBe('DATABASE_UNAVAILABLE');
  });

  it('reads GraphQL errors from non-2xx responses too', async () => {
    respondWith({ errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT' } }] }, 400);
    expect((await caught(graphqlRequest(HELLO, { name: 'x' }))).code).toBe('BAD_USER_INPUT');
  });

  it('maps an unknown server code to UNKNOWN', async () => {
    respondWith({ errors: [{ message: 'Unexpected error.' }] });
    expect((await caught(graphqlRequest(HELLO, { name: 'x' }))).code).toBe('UNKNOWN');
  });

  it('reports an HTTP failure without a GraphQL body as HTTP_ERROR', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<h1>Bad gateway</h1>', { status: 502 })),
    );
    expect((await caught(graphqlRequest(HELLO, { name: 'x' }))).code).toBe('HTTP_ERROR');
  });

  it('reports an unreachable server as NETWORK_ERROR', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('fetch failed'))),
    );
    expect((await caught(graphqlRequest(HELLO, { name: 'x' }))).code).toBe('NETWORK_ERROR');
  });
});
