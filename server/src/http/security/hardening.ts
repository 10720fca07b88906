import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { DocumentNode } from 'graphql';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';
import type { Config } from '../../config.js';
import { corsFor } from './cors.js';
import { useCsrfPrevention } from './csrf.js';
import { boundedCache } from './document-cache.js';
import { loadPersistedOperations, usePersistedOperationsFrom } from './persisted-operations.js';
import { createRateLimits } from './rate-limit.js';
import { useRequestSizeLimit } from './request-size.js';
import { createSecurityHeaders, useGraphiQLContentSecurityPolicy } from './security-headers.js';

export interface HardeningOptions {
  config: Pick<Config, 'mode' | 'security'>;
  graphqlEndpoint: string;
}

/**
 * The hardened API (issue 5, item 7) in one place, for `app.ts` to plug in: Yoga options,
 * Yoga plugins (to go first in the list) and the headers for every response of the Node
 * server. Depth and cost limits live in the schema (`schema/builder.ts`), error masking in
 * `../mask-error.ts`.
 */
export function createHardening({ config, graphqlEndpoint }: HardeningOptions) {
  const { security } = config;
  const production = config.mode === 'production';
  const rateLimits = createRateLimits({
    ...security.rateLimits,
    trustedProxies: security.trustedProxies,
  });
  const persisted = security.persistedOperations
    ? usePersistedOperationsFrom(
        loadPersistedOperations(security.persistedOperations.file),
        security.persistedOperations.only,
      )
    : [];

  // Order matters: count the request, then check where it may come from and how large it is
  // before reading it; turn a persisted id into its document before counting sign-in attempts.
  const plugins: Array<Plugin | Plugin<Record<string, unknown>>> = [
    rateLimits.perRequest,
    useCsrfPrevention(),
    useRequestSizeLimit(security),
    ...persisted,
    rateLimits.perOperation,
    ...(production ? [useDisableIntrospection()] : []),
    useGraphiQLContentSecurityPolicy(graphqlEndpoint),
  ];

  return {
    yogaOptions: {
      cors: corsFor(security.corsOrigins),
      // `useRequestSizeLimit` enforces both limits, for every request parser, with our code.
      maxRequestBodySize: false as const,
      // GraphQL over HTTP's persisted documents name the id at the top level.
      extraParamNames: ['documentId'],
      // Parsed documents are remembered, but not huge ones, and not without bound.
      parserAndValidationCache: {
        documentCache: boundedCache<DocumentNode>(),
        errorCache: boundedCache<unknown>(),
      },
      // GraphiQL from the package instead of a CDN: it works offline. Loaded on first use.
      renderGraphiQL: async (options: GraphiQLOptions) =>
        (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options),
    },
    plugins,
    /** Node middleware: sets the security headers, then calls `next`. */
    securityHeaders: createSecurityHeaders(production),
  };
}
