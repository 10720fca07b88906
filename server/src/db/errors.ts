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
      return new ConflictError('This record already exists.', error);
    }
  }
  if (error instanceof Error && /connect|ECONNREFUSED|acquisition timed out/i.test(error.message)) {
    return new DatabaseUnavailableError(error);
  }
  return error instanceof Error ? error : new Error(String(error));
}
