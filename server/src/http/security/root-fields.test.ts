import { OperationTypeNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { countRootFields } from './root-fields.js';

const signIns = (source: string) =>
  countRootFields(parse(source), OperationTypeNode.MUTATION, 'signIn');

describe('countRootFields', () => {
  it('counts a plain and an aliased root field', () => {
    expect(signIns('mutation { signIn(email: "a", password: "b") { __typename } }')).toBe(1);
    expect(
      signIns(
        'mutation { a: signIn(email: "a", password: "1") b: signIn(email: "a", password: "2") }',
      ),
    ).toBe(2);
  });

  it('finds it inside inline fragments and fragment spreads at the root', () => {
    expect(
      signIns(`mutation { ...Guess ... on Mutation { signIn(email: "a", password: "1") } }
        fragment Guess on Mutation { signIn(email: "a", password: "2") }`),
    ).toBe(2);
  });

  it('ignores the same name in queries and nested fields', () => {
    expect(signIns('query { signIn }')).toBe(0);
    expect(signIns('mutation { createOrganisation { signIn } }')).toBe(0);
  });

  it('does not loop on a fragment cycle', () => {
    expect(
      signIns(`mutation { ...A }
        fragment A on Mutation { signIn ...B }
        fragment B on Mutation { ...A }`),
    ).toBe(1);
  });
});
