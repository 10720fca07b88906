import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors.js';
import { toDomainError } from './errors.js';

describe('toDomainError', () => {
  it('turns an unreachable server into DATABASE_UNAVAILABLE', () => {
    const error = toDomainError(new Neo4jError('Could not connect', 'ServiceUnavailable', '', ''));
    expect(error).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    expect(error.message).not.toMatch(/connect/);
  });

  it('turns a constraint violation into CONFLICT', () => {
    const error = toDomainError(
      new Neo4jError('already exists', 'Neo.ClientError.Schema.ConstraintValidationFailed', '', ''),
    );
    expect(error).toMatchObject({ code: 'CONFLICT' });
  });

  it('passes domain errors through and leaves other errors alone', () => {
    const notFound = new NotFoundError('Organisation');
    expect(toDomainError(notFound)).toBe(notFound);
    const syntax = new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', '', '');
    expect(toDomainError(syntax)).toBe(syntax);
  });
});
