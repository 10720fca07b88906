import { Neo4jError } from 'neo4j-driver';
import { DatabaseUnavailableError } from '../errors.js';

/** Errors that mean the database cannot be reached (not a deadlock or a timeout of one query). */
const unreachableCodes = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

function unreachable(error: unknown): boolean {
  if (error instanceof Neo4jError) return unreachableCodes.has(error.code);
  return error instanceof DatabaseUnavailableError && unreachable(error.cause);
}

export interface Breaker {
  /** Runs `work`, or fails at once with DATABASE_UNAVAILABLE while the database is known down. */
  run<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * Once a call finds the database unreachable, every call for the next `coolDownMs` fails at
 * once with DATABASE_UNAVAILABLE instead of waiting out the driver's connection timeouts and
 * retries again: during an outage a request that reads three times answers in milliseconds,
 * not three retry periods (issue 8). After the cool-down the next call tries the database again;
 * the first that reaches it closes the breaker, so the API recovers by itself.
 */
export function createBreaker(coolDownMs = 1_000, now: () => number = Date.now): Breaker {
  let openUntil = 0;
  return {
    async run(work) {
      if (now() < openUntil) throw new DatabaseUnavailableError();
      try {
        return await work();
      } catch (error) {
        if (unreachable(error)) openUntil = now() + coolDownMs;
        throw error;
      }
    },
  };
}
