import { createGraphQLError } from 'graphql-yoga';

/** The codes the hardening layer puts in `extensions.code`. */
export type SecurityErrorCode =
  | 'REQUEST_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'PERSISTED_QUERY_ONLY'
  | 'PERSISTED_QUERY_NOT_FOUND';

/**
 * A GraphQL-style error that also sets the HTTP status (and headers) of the response: Yoga
 * reads `extensions.http` and leaves it out of the body. Thrown from any hook, it passes the
 * error masking unchanged, since it wraps no other error.
 */
export function httpError(
  code: SecurityErrorCode,
  message: string,
  status: number,
  headers?: Record<string, string>,
) {
  return createGraphQLError(message, {
    extensions: { code, http: { status, ...(headers ? { headers } : {}) } },
  });
}
