import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../../server/src/db/database.js';
import { graphql, testApp } from '../support/app.js';
import '../support/neo4j-target.js';

// Every statement sent to Neo4j is counted: a page of organisations with their professionals,
// municipalities and ties must cost the same small number of round trips for 10 as for 50.
const sent: string[] = [];
const db = createDatabase({ ...inject('neo4j'), onQuery: (name) => sent.push(name) });
afterAll(() => db.close());
const app = testApp(db);

const query = /* GraphQL */ `
  query Batch($first: Int!) {
    organisations(first: $first, filter: { regionCode: "MC21" }) {
      totalCount
      edges {
        node {
          name
          kind
          professionals { name role }
          municipalities { code name }
          ties { kind neighbour { ... on Organisation { id name kind } } }
        }
      }
    }
  }`;

async function roundTrips(first: number) {
  sent.length = 0;
  const result = await graphql<{ organisations: { edges: { node: { ties: unknown[] } }[] } }>(
    app,
    query,
    { first },
  );
  expect(result.errors).toBeUndefined();
  const edges = result.data?.organisations.edges ?? [];
  expect(edges).toHaveLength(first);
  expect(edges.some((edge) => edge.node.ties.length > 0)).toBe(true);
  return [...sent];
}

describe('batching', () => {
  it('answers 50 organisations with their relations in as few round trips as 10', async () => {
    const ten = await roundTrips(10);
    const fifty = await roundTrips(50);
    console.log(`round trips for 50 organisations: ${fifty.length} (${fifty.join(', ')})`);
    expect(fifty.length).toBe(ten.length);
    expect(fifty.length).toBeLessThanOrEqual(6);
    expect(new Set(fifty).size).toBe(fifty.length);
  });
});
