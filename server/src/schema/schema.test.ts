import { readFileSync } from 'node:fs';
import { printSchema, validateSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from './index.js';

describe('the GraphQL schema', () => {
  it('is a valid schema', () => {
    expect(validateSchema(schema).map((error) => error.message)).toEqual([]);
  });

  it('matches the committed server/schema.graphql (run `npm run schema:print` after a change)', () => {
    const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    expect(`${printSchema(schema)}\n`).toBe(committed);
  });
});
