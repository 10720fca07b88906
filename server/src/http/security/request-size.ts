import type { Plugin } from 'graphql-yoga';
import { httpError } from './http-error.js';

export interface RequestSizeOptions {
  /** Largest body of a JSON (or any other non-multipart) request, in bytes. */
  maxRequestBytes: number;
  /** Largest body of a multipart request (GraphQL file uploads), in bytes. */
  maxUploadBytes: number;
}

/**
 * Refuses request bodies over the limit with 413 and `REQUEST_TOO_LARGE`, without reading them
 * whole: a Content-Length over the limit is refused before any byte is read, and a body without
 * one (chunked) is counted as it streams and cut off at the limit.
 *
 * Yoga's own `maxRequestBodySize` does the same with one limit for every kind of body; this one
 * keeps JSON small while letting uploads be larger, and answers with our error code, so
 * `hardening.ts` turns Yoga's off (two counters on one stream would race to answer first).
 */
export function useRequestSizeLimit(options: RequestSizeOptions): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const limit = isMultipart(request) ? options.maxUploadBytes : options.maxRequestBytes;
      const declared = request.headers.get('content-length');
      if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limit) {
        throw tooLarge(limit);
      }
      if (!requestParser || !request.body) return;
      const parseRequest = requestParser;
      setRequestParser(async (original) => {
        let exceeded = false;
        let received = 0;
        // Whatwg-node may hand over Node's own ReadableStream or its ponyfill; pipe each through
        // a TransformStream of the same implementation (as Yoga does, graphql-yoga#4583).
        const Transform =
          original.body instanceof ReadableStream ? TransformStream : fetchAPI.TransformStream;
        const counted = original.body?.pipeThrough(
          new Transform<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              received += chunk.byteLength;
              if (received > limit) {
                exceeded = true;
                controller.error(tooLarge(limit));
                return;
              }
              controller.enqueue(chunk);
            },
          }),
        );
        const limited = new fetchAPI.Request(original.url, {
          method: original.method,
          headers: original.headers,
          signal: original.signal,
          body: counted ?? null,
          duplex: 'half',
        } as RequestInit);
        try {
          return await parseRequest(limited);
        } catch (error) {
          // A parser may wrap the stream's error in its own ("invalid multipart data").
          throw exceeded ? tooLarge(limit) : error;
        }
      });
    },
  };
}

function isMultipart(request: Request): boolean {
  return (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/');
}

function tooLarge(limit: number) {
  return httpError(
    'REQUEST_TOO_LARGE',
    `The request body is larger than the limit of ${limit} bytes.`,
    413,
  );
}
