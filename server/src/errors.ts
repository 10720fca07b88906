/**
 * Domain errors. Every error a client may see carries a stable `code`; anything else is
 * masked by the API as an internal error (see `http/mask-error.ts`). Mutations return the
 * expected ones as typed results (see `schema/errors.ts`).
 */
export type ErrorCode =
  | 'DATABASE_UNAVAILABLE'
  | 'NOT_FOUND'
  | 'VALIDATION_FAILED'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'QUERY_TOO_COMPLEX'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'INTERNAL';

export class RizoomError extends Error {
  override readonly name: string = 'RizoomError';

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
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super('NOT_FOUND', `${entity} ${id} was not found.`);
  }
}

/** One problem with the input: which field (dotted path) and what is wrong with it. */
export interface FieldIssue {
  field: string;
  message: string;
}

export class ValidationFailedError extends RizoomError {
  constructor(readonly issues: FieldIssue[]) {
    super(
      'VALIDATION_FAILED',
      `Invalid input: ${issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ')}`,
    );
  }
}

export class BadUserInputError extends RizoomError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
  }
}

export class ConflictError extends RizoomError {
  constructor(
    message: string,
    readonly field: string | null = null,
    cause?: unknown,
  ) {
    super('CONFLICT', message, cause === undefined ? undefined : { cause });
  }
}

export class InvalidTransitionError extends RizoomError {
  constructor(
    readonly entity: string,
    readonly from: string,
    readonly attempted: string,
  ) {
    super('INVALID_TRANSITION', `A ${entity} that is ${from} cannot be ${attempted}.`);
  }
}

export class QueryTooComplexError extends RizoomError {
  constructor(kind: string, value: number, max: number) {
    super('QUERY_TOO_COMPLEX', `Query ${kind} ${value} exceeds the maximum of ${max}.`);
  }
}
