import type { YogaServerOptions } from 'graphql-yoga';
import { csrfHeader } from './csrf.js';

type Cors = NonNullable<YogaServerOptions<object, object>['cors']>;

/**
 * CORS for the origins in the allow-list only. The web app is served from the API's own
 * origin and needs no CORS; any other origin gets no Access-Control-Allow-* headers at all,
 * so a browser keeps its pages from reading the API's answers. (Yoga's default would reflect
 * every origin, with credentials.)
 */
export function corsFor(allowedOrigins: readonly string[]): Cors {
  const allowed = new Set(allowedOrigins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'accept', csrfHeader],
      exposedHeaders: ['retry-after'],
      maxAge: 600,
    };
  };
}
