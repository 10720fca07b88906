/**
 * Domain errors. Every error a client may see carries a stable `code`; anything else is
 * masked by the API as an internal error (see `http/mask-error.ts`).
 */
export type ErrorCode =
  | 'DATABASE_UNAVAILABLE'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INTERNAL';

export class RizoomError extends Error {
  override readonly name = 'RizoomError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class DatabaseUnavailableError extends RizoomError {
  constructor(cause?: unknown) {
    super(
      'DATABASE_UNAVAILABLE',
      'The database is not reachable right now. Try again shortly.',
      cause === undefined ? undefined : { cause },
    );
  }
}

export class NotFoundError extends RizoomError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} was not found.`);
  }
}

export class BadUserInputError extends RizoomError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
  }
}

export class ConflictError extends RizoomError {
  constructor(message: string, cause?: unknown) {
    super('CONFLICT', message, cause === undefined ? undefined : { cause });
  }
}
