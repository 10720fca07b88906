import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../../server/src/db/database.js';
import { graphql, testApp } from '../support/app.js';
import '../support/neo4j-target.js';
import { adminViewer, viewerCookie } from '../support/viewers.js';

// Every statement sent to Neo4j is counted: a page of organisations with their professionals,
// municipalities and ties must cost the same small number of round trips for 10 as for 50.
// Every request also looks up its session, once; signing in happens before any counting.
const sent: string[] = [];
const db = createDatabase({ ...inject('neo4j'), onQuery: (name) => sent.push(name) });
afterAll(() => db.close());
const app = testApp(db);
const sessionLookup = 'auth/session-viewer';
let cookie = '';
beforeAll(async () => {
  cookie = await viewerCookie(db, adminViewer);
});

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
    { cookie },
  );
  expect(result.errors).toBeUndefined();
  const edges = result.data?.organisations.edges ?? [];
  expect(edges).toHaveLength(first);
  expect(edges.some((edge) => edge.node.ties.length > 0)).toBe(true);
  return [...sent];
}

describe('batching', () => {
  it('answers 50 organisations with their relations in as few round trips as 10', async () => {
    // Sorted: the loaders of one level run side by side, in no fixed order.
    const queryOnly = (trips: string[]) => trips.filter((name) => name !== sessionLookup).sort();
    const ten = await roundTrips(10);
    const fifty = await roundTrips(50);
    console.log(`round trips for 50 organisations: ${fifty.length} (${fifty.join(', ')})`);
    // Besides at most one session lookup (none while the session is remembered), the query's
    // own statements: as many for 50 as for 10, each once, at most 6.
    for (const trips of [ten, fifty])
      expect(trips.filter((name) => name === sessionLookup).length).toBeLessThanOrEqual(1);
    expect(queryOnly(fifty)).toEqual(queryOnly(ten));
    expect(new Set(fifty).size).toBe(fifty.length);
    expect(queryOnly(fifty).length).toBeLessThanOrEqual(6);
  });
});
