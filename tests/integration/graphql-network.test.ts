import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { createApp } from '../../server/src/http/app.js';
import { createLogger } from '../../server/src/logger.js';
import { graphql, testApp } from '../support/app.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';

const db = connectTestDatabase();
const app = testApp(db);

const countRegion = testCypher<{ code: string }, { organisations: number }>(
  'count-region-organisations',
);
const countKindInMunicipality = testCypher<
  { kind: string; code: string },
  { organisations: number }
>('count-organisations-of-kind-in-municipality');
const busiestOrganisation = testCypher<
  object,
  { id: string; name: string; neighbours: string[]; professionals: number }
>('organisation-with-ties');

type Page = {
  organisations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; name: string; kind: string } }[];
  };
};
const pageQuery = /* GraphQL */ `
  query Page($first: Int, $after: String, $filter: OrganisationFilter) {
    organisations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name kind } }
    }
  }
`;

describe('regions', () => {
  it('lists the 40 RMC regions of the reference data, by name', async () => {
    const result = await graphql<{
      regions: { code: string; name: string; municipalityCount: number }[];
    }>(app, '{ regions { code name municipalityCount } }');
    expect(result.errors).toBeUndefined();
    const regions = result.data?.regions ?? [];
    expect(regions).toHaveLength(40);
    expect(regions.map((r) => r.name)).toEqual(
      [...regions.map((r) => r.name)].sort((a, b) => a.localeCompare(b)),
    );
    expect(regions.reduce((sum, r) => sum + r.municipalityCount, 0)).toBe(342);
    expect(regions.find((r) => r.code === 'MC21')?.name).toBe('Agglomeratie Amsterdam');
  });

  it('answers null for a region code that does not exist', async () => {
    const result = await graphql(app, '{ region(code: "MC99") { name } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ region: null });
  });
});

describe('organisations', () => {
  it('pages through a region without gaps or repeats, matching the database count', async () => {
    const [expected] = await db.read(countRegion, { code: 'MC19' });
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let page = 0; page < 50; page++) {
      const result: Awaited<ReturnType<typeof graphql<Page>>> = await graphql<Page>(
        app,
        pageQuery,
        {
          first: 25,
          after,
          filter: { regionCode: 'MC19' },
        },
      );
      expect(result.errors).toBeUndefined();
      const connection = result.data?.organisations;
      if (!connection) throw new Error('no data');
      total = connection.totalCount;
      seen.push(...connection.edges.map((edge) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(expected?.organisations).toBeGreaterThan(25);
    expect(total).toBe(expected?.organisations);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('filters by kind and municipality', async () => {
    const [expected] = await db.read(countKindInMunicipality, {
      kind: 'SCHOOL_VO',
      code: 'GM0344',
    });
    const result = await graphql<Page>(app, pageQuery, {
      first: 100,
      filter: { municipalityCode: 'GM0344', kinds: ['SCHOOL_VO'] },
    });
    expect(result.errors).toBeUndefined();
    const edges = result.data?.organisations.edges ?? [];
    expect(edges.length).toBeGreaterThan(0);
    expect(edges).toHaveLength(expected?.organisations ?? -1);
    expect(edges.every((edge) => edge.node.kind === 'SCHOOL_VO')).toBe(true);
  });

  it('rejects a page size outside the allowed range', async () => {
    const result = await graphql(app, pageQuery, { first: -5 });
    expect(result.errors?.[0]?.message).toMatch(/first/i);
    expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('one organisation with its neighbours', () => {
  it('returns its ties, municipalities and professionals as stored', async () => {
    const [busiest] = await db.read(busiestOrganisation, {});
    if (!busiest) throw new Error('the demo network has no ties');
    const page = await graphql<Page>(app, pageQuery, { first: 1 });
    const anyId = page.data?.organisations.edges[0]?.node.id ?? '';
    const globalId = Buffer.from(`Organisation:${busiest.id}`).toString('base64');
    const result = await graphql<{
      organisation: {
        id: string;
        name: string;
        municipalities: { code: string }[];
        professionals: { name: string; role: string; organisation: { id: string } }[];
        ties: { kind: string; neighbour: { id: string } }[];
      };
    }>(
      app,
      `query($id: ID!) { organisation(id: $id) { id name municipalities { code }
         professionals { name role organisation { id } }
         ties { kind neighbour { ... on Organisation { id } } } } }`,
      { id: globalId },
    );
    expect(anyId).not.toBe('');
    expect(result.errors).toBeUndefined();
    const organisation = result.data?.organisation;
    expect(organisation?.name).toBe(busiest.name);
    expect(organisation?.municipalities.length).toBeGreaterThan(0);
    expect(organisation?.professionals).toHaveLength(busiest.professionals);
    expect(organisation?.professionals.every((p) => p.organisation.id === globalId)).toBe(true);
    const neighbourIds = (organisation?.ties ?? []).map((tie) =>
      Buffer.from(tie.neighbour.id, 'base64').toString().replace('Organisation:', ''),
    );
    expect(neighbourIds.sort()).toEqual([...busiest.neighbours].sort());
  });

  it('resolves the same organisation through the Relay node field', async () => {
    const page = await graphql<Page>(app, pageQuery, { first: 1 });
    const first = page.data?.organisations.edges[0]?.node;
    const result = await graphql<{ node: { id: string; name: string } }>(
      app,
      'query($id: ID!) { node(id: $id) { id ... on Organisation { name } } }',
      { id: first?.id },
    );
    expect(result.data?.node).toEqual({ id: first?.id, name: first?.name });
  });

  it('reports a malformed id as bad input, without internals', async () => {
    const result = await graphql(app, 'query { organisation(id: "not-a-global-id") { name } }');
    expect(result.data?.organisation ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result)).not.toMatch(/stack|\.ts:\d+/);
  });
});

describe('a region network', () => {
  it('holds every organisation serving the region and only ties between them', async () => {
    const [expected] = await db.read(countRegion, { code: 'MC35' });
    const result = await graphql<{
      region: {
        network: {
          nodes: { id: string; degree: number }[];
          edges: { source: string; target: string }[];
        };
      };
    }>(app, '{ region(code: "MC35") { network { nodes { id degree } edges { source target } } } }');
    expect(result.errors).toBeUndefined();
    const network = result.data?.region.network;
    expect(network?.nodes).toHaveLength(expected?.organisations ?? -1);
    const ids = new Set(network?.nodes.map((node) => node.id));
    expect(network?.edges.length).toBeGreaterThan(0);
    for (const edge of network?.edges ?? []) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    }
    const degreeSum = (network?.nodes ?? []).reduce((sum, node) => sum + node.degree, 0);
    expect(degreeSum).toBe(2 * (network?.edges.length ?? 0));
  });
});

describe('GraphiQL', () => {
  it('is offered to a browser in development and absent in production', async () => {
    const asBrowser = { headers: { accept: 'text/html' } };
    const development = await app.fetch('http://rizoom.test/graphql', asBrowser);
    expect(development.status).toBe(200);
    expect(await development.text()).toContain('Rizoom GraphQL');
    const production = createApp({
      db,
      config: {
        ...loadConfig({
          NODE_ENV: 'production',
          RIZOOM_PSEUDONYM_KEY: 'k'.repeat(32),
          RIZOOM_SESSION_SECRET: 's'.repeat(32),
        }),
      },
      logger: createLogger('silent', false),
    });
    const response = await production.fetch('http://rizoom.test/graphql', asBrowser);
    expect(await response.text()).not.toContain('Rizoom GraphQL');
  });
});

describe('health', () => {
  it('is live and ready while the database answers', async () => {
    expect((await app.fetch('http://rizoom.test/health')).status).toBe(200);
    expect((await app.fetch('http://rizoom.test/ready')).status).toBe(200);
  });
});
