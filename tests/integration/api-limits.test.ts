import { describe, expect, it } from 'vitest';
import { queryLimits } from '../../server/src/schema/builder.js';
import { graphql, testApp } from '../support/app.js';
import { connectTestDatabase } from '../support/database.js';
import { fingerprint } from '../support/fingerprint.js';

const db = connectTestDatabase();
const app = testApp(db);

const nest = (levels: number, inner: string) =>
  Array.from({ length: levels }).reduce<string>(
    (body) => `samenwerkingsverband { ${body} }`,
    inner,
  );

describe('query limits', () => {
  it('refuses a query deeper than the limit with QUERY_TOO_COMPLEX', async () => {
    const query = `{ organisations(first: 1) { edges { node { ${nest(queryLimits.depth, 'name')} } } } }`;
    const result = await graphql(app, query);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0]?.message).toMatch(/depth/);
  });

  it('refuses a query that would cost too much with QUERY_TOO_COMPLEX', async () => {
    const lists = 'memberSchools { memberSchools { memberSchools { memberSchools { name } } } }';
    const result = await graphql(
      app,
      `{ organisations(first: 100) { edges { node { ${lists} } } } }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0]?.message).toMatch(/complexity/);
  });

  it('runs nothing of a refused mutation', async () => {
    const before = await fingerprint(db);
    const mutation = `mutation { createOrganisation(input: { name: "Test-org Too deep", kind: WIJKTEAM, municipalityCodes: ["GM0344"] }) {
      ... on MutationCreateOrganisationSuccess { data { ${nest(queryLimits.depth + 2, 'name')} } } } }`;
    const result = await graphql(app, mutation);
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(await fingerprint(db)).toBe(before);
  });

  it('lets an ordinary nested query through', async () => {
    const result = await graphql(
      app,
      `{ organisations(first: 20) { edges { node { name municipalities { name } professionals { name } } } } }`,
    );
    expect(result.errors).toBeUndefined();
  });
});
