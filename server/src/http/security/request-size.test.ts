import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useRequestSizeLimit } from './request-size.js';

const yoga = createYoga({
  schema: createSchema({ typeDefs: 'type Query { echo(text: String): String }' }),
  plugins: [useRequestSizeLimit({ maxRequestBytes: 1_000, maxUploadBytes: 5_000 })],
  maxRequestBodySize: false,
  logging: false,
});
const url = 'http://rizoom.test/graphql';
const query = (text: string) => JSON.stringify({ query: `{ echo(text: "${text}") }` });

/** A body that arrives in chunks without a Content-Length, as a chunked upload does. */
function chunked(body: string, chunkSize = 100): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(body);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}

async function codeOf(response: Response) {
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code;
}

describe('useRequestSizeLimit', () => {
  it('serves a JSON body under the limit', async () => {
    const response = await yoga.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: query('x'.repeat(500)),
    });
    expect(response.status).toBe(200);
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    const response = await yoga.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '1001' },
      body: query('x'),
    });
    expect(response.status).toBe(413);
    expect(await codeOf(response)).toBe('REQUEST_TOO_LARGE');
  });

  it('cuts off a streamed body without Content-Length at the limit', async () => {
    let pulled = 0;
    const source = chunked(query('x'.repeat(50_000)));
    const reader = source.getReader();
    const counting = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) return controller.close();
        pulled += value.byteLength;
        controller.enqueue(value);
      },
    });
    const response = await yoga.fetch(
      new Request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: counting,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(await codeOf(response)).toBe('REQUEST_TOO_LARGE');
    expect(pulled).toBeLessThan(5_000);
  });

  it('lets a multipart upload be larger than a JSON body, up to its own limit', async () => {
    const form = (size: number) => {
      const data = new FormData();
      data.set('operations', query('y'));
      data.set('map', '{}');
      data.set('padding', 'p'.repeat(size));
      return data;
    };
    const fits = await yoga.fetch(url, { method: 'POST', body: form(3_000) });
    expect(fits.status).toBe(200);
    const tooLarge = await yoga.fetch(url, { method: 'POST', body: form(6_000) });
    expect(tooLarge.status).toBe(413);
    expect(await codeOf(tooLarge)).toBe('REQUEST_TOO_LARGE');
  });
});
