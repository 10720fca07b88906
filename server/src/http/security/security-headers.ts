import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import helmet from 'helmet';

type Policy = Record<string, string[]>;

/**
 * Cytoscape adds one `<style>` element to the page (a class that makes its container
 * `position: relative`). A hash admits exactly that rule, so style-src needs no
 * 'unsafe-inline'; should a Cytoscape upgrade change the text, the browser test sees the
 * violation in the console.
 */
const cytoscapeContainerRule = '.__________cytoscape_container { position: relative; }';
const cytoscapeStyleHash = `'sha256-${createHash('sha256').update(cytoscapeContainerRule).digest('base64')}'`;

/** The web app: its own scripts, styles and API only; never framed. */
export function appPolicy(production: boolean): Policy {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", cytoscapeStyleHash],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    // Over plain http (development on 127.0.0.1) upgrading would break every asset.
    ...(production ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/**
 * GraphiQL (development only) is one page of inline script and style, with its editor's workers
 * started from blob: URLs. Served from the package (`@graphql-yoga/render-graphiql`), it needs
 * no CDN and works offline.
 */
export const graphiqlPolicy: Policy = {
  ...appPolicy(false),
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'worker-src': ["'self'", 'blob:'],
  'font-src': ["'self'", 'data:'],
};

export function serializePolicy(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

/**
 * Security headers on every response the Node server sends, API and web app alike (helmet):
 * the CSP above, nosniff, no referrer, no framing, a same-origin opener policy, and HSTS in
 * production (where TLS is expected in front).
 */
export function createSecurityHeaders(
  production: boolean,
): (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: appPolicy(production) },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}

/** Gives the GraphiQL page its own, looser policy; every other response keeps the app's. */
export function useGraphiQLContentSecurityPolicy(graphqlEndpoint: string): Plugin {
  const policy = serializePolicy(graphiqlPolicy);
  return {
    onResponse({ request, response }) {
      const isPage = (response.headers.get('content-type') ?? '').startsWith('text/html');
      if (isPage && new URL(request.url).pathname === graphqlEndpoint) {
        response.headers.set('content-security-policy', policy);
      }
    },
  };
}
