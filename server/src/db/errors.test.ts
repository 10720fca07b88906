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

  it('turns a constraint violation into CONFLICT naming the property', () => {
    const error = toDomainError(
      new Neo4jError(
        "Node(12) already exists with label `Organisation` and property `brin` = '01AB'",
        'Neo.ClientError.Schema.ConstraintValidationFailed',
        '',
        '',
      ),
    );
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'brin' });
    expect(error.message).toBe('Another record already has this brin.');
  });

  it('passes domain errors through and leaves other errors alone', () => {
    const notFound = new NotFoundError('Organisation', 'x');
    expect(toDomainError(notFound)).toBe(notFound);
    const syntax = new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', '', '');
    expect(toDomainError(syntax)).toBe(syntax);
  });
});
