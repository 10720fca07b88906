/** Codes the API puts in `extensions.code`, plus the ones the client adds for transport failures. */
export type ApiErrorCode =
  | 'DATABASE_UNAVAILABLE'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'VALIDATION_FAILED'
  | 'QUERY_TOO_COMPLEX'
  | 'RATE_LIMITED'
  | 'NETWORK_ERROR'
  | 'HTTP_ERROR'
  | 'INVALID_RESPONSE'
  | 'UNKNOWN';

const SERVER_CODES: ReadonlySet<string> = new Set([
  'DATABASE_UNAVAILABLE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
]);

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ApiErrorCode;

  constructor(code: ApiErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}

/** Maps a GraphQL error's `extensions.code` to a known code; anything else is UNKNOWN. */
export function toApiErrorCode(value: unknown): ApiErrorCode {
  return typeof value === 'string' && SERVER_CODES.has(value) ? (value as ApiErrorCode) : 'UNKNOWN';
}

export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('UNKNOWN', error instanceof Error ? error.message : String(error), {
    cause: error,
  });
}
