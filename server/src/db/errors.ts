import { isRetryableError, Neo4jError } from 'neo4j-driver';
import { ConflictError, DatabaseUnavailableError, RizoomError } from '../errors.js';

const unavailableCodes = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** The one place where driver errors become domain errors. */
export function toDomainError(error: unknown): Error {
  if (error instanceof RizoomError) return error;
  if (error instanceof Neo4jError) {
    if (unavailableCodes.has(error.code) || isRetryableError(error)) {
      return new DatabaseUnavailableError(error);
    }
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      // e.g. "Node(12) already exists with label `Organisation` and property `brin` = '01AB'"
      const field = /property `(\w+)`/.exec(error.message)?.[1] ?? null;
      return new ConflictError(
        field ? `Another record already has this ${field}.` : 'This record already exists.',
        field,
        error,
      );
    }
  }
  if (error instanceof Error && /connect|ECONNREFUSED|acquisition timed out/i.test(error.message)) {
    return new DatabaseUnavailableError(error);
  }
  return error instanceof Error ? error : new Error(String(error));
}
