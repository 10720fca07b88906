import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import type { YogaServerOptions } from 'graphql-yoga';
import { RizoomError, ValidationFailedError } from '../errors.js';
import type { Logger } from '../logger.js';
import { sanitizeMessage } from './sanitize-message.js';

type MaskError = NonNullable<
  Exclude<YogaServerOptions<object, object>['maskedErrors'], boolean | undefined>['maskError']
>;

/**
 * The error a resolver threw, beneath the GraphQLErrors that wrap it. graphql ships both a
 * CommonJS and an ES module build, so a wrapper may not be `instanceof` our GraphQLError: walk
 * `originalError` by shape. Pothos' own errors are GraphQLErrors too, so stop at those.
 */
function originalOf(error: unknown): unknown {
  const seen = new Set<unknown>();
  let current = error;
  while (current instanceof Error && !seen.has(current)) {
    if (current instanceof PothosValidationError || current instanceof RizoomError) return current;
    seen.add(current);
    const inner: unknown = (current as { originalError?: unknown }).originalError;
    if (!inner) break;
    current = inner;
  }
  return current;
}

/**
 * Clients see a domain error's message and `extensions.code`; anything unexpected becomes
 * `INTERNAL_SERVER_ERROR` with a generic message. Stack traces never leave the server.
 */
export function createMaskError(logger: Logger): MaskError {
  return (error, message) => {
    const original = originalOf(error);
    const path = (error as { path?: readonly (string | number)[] }).path;
    if (original instanceof ValidationFailedError) {
      return new GraphQLError(original.message, {
        path,
        extensions: { code: original.code, issues: original.issues },
      });
    }
    if (original instanceof RizoomError) {
      if (original.code === 'DATABASE_UNAVAILABLE') logger.warn('database unavailable');
      return new GraphQLError(original.message, { path, extensions: { code: original.code } });
    }
    if (original instanceof PothosValidationError) {
      // Pothos rejects malformed global ids, cursors and page sizes with this class.
      return new GraphQLError(sanitizeMessage(original.message), {
        path,
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    // Errors of the GraphQL layer itself (syntax, validation, variable coercion) are made of
    // graphql-js errors only, and say nothing about the server: pass them on.
    if (error instanceof Error && error.name === 'GraphQLError') {
      const graphqlError = error as GraphQLError;
      if (original === error) {
        return new GraphQLError(sanitizeMessage(error.message), {
          path,
          nodes: graphqlError.nodes,
          extensions: graphqlError.extensions,
        });
      }
      if (original instanceof Error && original.name === 'GraphQLError') {
        return new GraphQLError(sanitizeMessage(error.message), {
          path,
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
    }
    logger.error({ err: original, path }, 'unexpected error in a resolver');
    return new GraphQLError(message, { path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
}
