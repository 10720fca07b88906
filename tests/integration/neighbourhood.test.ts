import { beforeAll, describe, expect, it } from 'vitest';
import { graphql, testApp } from '../support/app.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';
import { fromGlobalId, toGlobalId } from '../support/ids.js';

const db = connectTestDatabase();
const app = testApp(db);
const busiest = testCypher<object, { id: string; neighbours: string[]; staff: string[] }>(
  'busiest-organisation-neighbours',
);
const withinTwo = testCypher<{ id: string }, { ids: string[] }>('organisations-within-two-ties');

type Graph = {
  center: { id: string; distance: number };
  nodes: { id: string; type: string; label: string; kind: string | null; distance: number }[];
  edges: { id: string; source: string; target: string; relation: string; tieKind: string | null }[];
  truncated: boolean;
};
const query = /* GraphQL */ `
  query N($id: ID!, $depth: Int, $limit: Int, $filter: NeighbourhoodFilter) {
    neighbourhood(id: $id, depth: $depth, limit: $limit, filter: $filter) {
      center { id distance }
      nodes { id type label kind distance }
      edges { id source target relation tieKind }
      truncated
    }
  }`;
const run = async (variables: Record<string, unknown>) => {
  const result = await graphql<{ neighbourhood: Graph | null }>(app, query, variables);
  expect(result.errors).toBeUndefined();
  return result.data?.neighbourhood ?? null;
};

let centre: { id: string; neighbours: string[]; staff: string[] };
beforeAll(async () => {
  const [row] = await db.read(busiest, {});
  if (!row) throw new Error('demo network has no ties');
  centre = row;
});

describe('neighbourhood', () => {
  it('at depth 1 holds the centre, its tied organisations and its staff, edges between them only', async () => {
    const graph = await run({ id: toGlobalId('Organisation', centre.id) });
    if (!graph) throw new Error('no graph');
    expect(graph.center).toEqual({ id: toGlobalId('Organisation', centre.id), distance: 0 });
    const organisations = graph.nodes
      .filter((n) => n.type === 'Organisation')
      .map((n) => fromGlobalId(n.id));
    expect(organisations.sort()).toEqual([centre.id, ...centre.neighbours].sort());
    const professionals = graph.nodes
      .filter((n) => n.type === 'Professional')
      .map((n) => fromGlobalId(n.id));
    expect(professionals.sort()).toEqual([...centre.staff].sort());
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(graph.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
    expect(graph.edges.filter((e) => e.relation === 'TIE').every((e) => e.tieKind !== null)).toBe(
      true,
    );
    expect(graph.truncated).toBe(false);
  });

  it('at depth 2 over ties only reaches exactly the organisations two ties away', async () => {
    const [expected] = await db.read(withinTwo, { id: centre.id });
    const graph = await run({
      id: toGlobalId('Organisation', centre.id),
      depth: 2,
      limit: 5000,
      filter: { relations: ['TIE'], includeProfessionals: false },
    });
    const ids = (graph?.nodes ?? []).map((n) => fromGlobalId(n.id)).sort();
    expect(ids).toEqual([...(expected?.ids ?? [])].sort());
    expect(Math.max(...(graph?.nodes ?? []).map((n) => n.distance))).toBe(2);
  });

  it('filters by tie kind and organisation kind', async () => {
    const graph = await run({
      id: toGlobalId('Organisation', centre.id),
      depth: 2,
      filter: {
        relations: ['TIE'],
        tieKinds: ['HANDOVER_PARTNER'],
        organisationKinds: ['HALT', 'LEERPLICHT', 'OM'],
      },
    });
    const others = (graph?.nodes ?? []).filter((n) => n.distance > 0);
    expect(others.every((n) => ['HALT', 'LEERPLICHT', 'OM'].includes(n.kind ?? ''))).toBe(true);
    expect((graph?.edges ?? []).every((e) => e.tieKind === 'HANDOVER_PARTNER')).toBe(true);
  });

  it('stops at the node limit and says so', async () => {
    const graph = await run({ id: toGlobalId('Organisation', centre.id), depth: 3, limit: 5 });
    expect(graph?.nodes).toHaveLength(5);
    expect(graph?.truncated).toBe(true);
  });

  it('starts from a municipality too', async () => {
    const graph = await run({
      id: toGlobalId('Municipality', 'GM0344'),
      filter: { relations: ['SERVES'] },
    });
    expect(graph?.center.id).toBe(toGlobalId('Municipality', 'GM0344'));
    expect((graph?.nodes ?? []).filter((n) => n.type === 'Organisation').length).toBeGreaterThan(5);
  });

  it('answers null for an unknown node, and bad input for a depth over 3 or a wrong type', async () => {
    expect(await run({ id: toGlobalId('Organisation', 'nope') })).toBeNull();
    const deep = await graphql(app, query, { id: toGlobalId('Organisation', centre.id), depth: 4 });
    expect(deep.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    const wrong = await graphql(app, query, { id: toGlobalId('Need', 'AUTISME') });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
