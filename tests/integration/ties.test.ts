import { beforeAll, describe, expect, it } from 'vitest';
import { utcToday } from '../../server/src/ties/age.js';
import { graphql, testApp } from '../support/app.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';
import { fromGlobalId, toGlobalId } from '../support/ids.js';
import { testScope } from '../support/people.js';

const db = connectTestDatabase();
const app = testApp(db);
const scope = testScope(db, app, 'tie');
const staleTie = testCypher<
  { id: string; fromId: string; toId: string; lastConfirmedAt: string },
  { id: string }
>('stale-test-tie');

const end = '__typename ... on Organisation { id } ... on Professional { id }';
const fields = `id kind strength status source assertedBy assertedAt lastConfirmedAt ageInDays stale
  assertedByProfessional { id } confirmedBy { id } from { ${end} } to { ${end} }`;
const outcome = (name: string) => `
  __typename
  ... on Mutation${name}Success { data { ${fields} } }
  ... on Error { code message }
  ... on ValidationError { issues { field } }
  ... on ConflictError { field }
  ... on NotFoundError { entity }`;
const createMutation = `mutation($input: CreateTieInput!) { createTie(input: $input) { ${outcome('CreateTie')} } }`;
const updateMutation = `mutation($id: ID!, $input: UpdateTieInput!) {
  updateTie(id: $id, input: $input) { ${outcome('UpdateTie')} } }`;
const archiveMutation = `mutation($id: ID!) { archiveTie(id: $id) { ${outcome('ArchiveTie')} } }`;
const confirmMutation = `mutation($id: ID!, $by: ID) {
  confirmTie(id: $id, confirmedBy: $by) { ${outcome('ConfirmTie')} } }`;

type End = { __typename: string; id: string };
type Tie = {
  id: string;
  kind: string;
  strength: number;
  status: string;
  source: string | null;
  assertedBy: string | null;
  assertedAt: string | null;
  lastConfirmedAt: string | null;
  ageInDays: number | null;
  stale: boolean;
  assertedByProfessional: { id: string } | null;
  confirmedBy: { id: string } | null;
  from: End;
  to: End;
};
type Result = {
  __typename: string;
  data?: Tie;
  code?: string;
  issues?: { field: string }[];
  field?: string | null;
  entity?: string;
};

async function run(mutation: string, variables: Record<string, unknown>): Promise<Result> {
  const data = await scope.mutate<Record<string, Result>>(mutation, variables);
  return Object.values(data)[0] as Result;
}
async function createOk(input: Record<string, unknown>): Promise<Tie> {
  const result = await run(createMutation, { input: { kind: 'INFORMAL', ...input } });
  if (!result.data) throw new Error(`not created: ${JSON.stringify(result)}`);
  return result.data;
}

type Node = { id: string; globalId: string };
let leerplicht: Node;
let school: Node;
let wijkteam: Node;
let closed: Node;
let anouk: string;
let bram: string;

async function professional(name: string, organisation: Node) {
  const data = await scope.mutate<{ createProfessional: { data: { id: string } } }>(
    `mutation($input: CreateProfessionalInput!) {
       createProfessional(input: $input) { ... on MutationCreateProfessionalSuccess { data { id } } } }`,
    { input: { name, role: 'LEERPLICHTAMBTENAAR', organisationId: organisation.globalId } },
  );
  return data.createProfessional.data.id;
}

beforeAll(async () => {
  leerplicht = await scope.organisation('Test-tie Leerplicht');
  school = await scope.organisation('Test-tie College', { kind: 'SCHOOL_VO' });
  wijkteam = await scope.organisation('Test-tie Wijkteam', { kind: 'WIJKTEAM' });
  closed = await scope.organisation('Test-tie Gesloten', { status: 'ARCHIVED' });
  anouk = await professional('Test-tie Anouk', leerplicht);
  bram = await professional('Test-tie Bram', school);
});

describe('createTie', () => {
  it('ties two organisations, fresh: confirmed today by its assertion, with its source', async () => {
    const tie = await createOk({
      fromId: leerplicht.globalId,
      toId: school.globalId,
      kind: 'HANDOVER_PARTNER',
      strength: 3,
      source: 'import: test.csv',
    });
    expect(tie).toMatchObject({
      kind: 'HANDOVER_PARTNER',
      strength: 3,
      status: 'ACTIVE',
      source: 'import: test.csv',
      assertedBy: 'import: test.csv',
      assertedByProfessional: null,
      lastConfirmedAt: utcToday(),
      ageInDays: 0,
      stale: false,
      from: { __typename: 'Organisation', id: leerplicht.globalId },
      to: { __typename: 'Organisation', id: school.globalId },
    });
    expect(Date.now() - Date.parse(tie.assertedAt ?? '')).toBeLessThan(60_000);
  });

  it('ties two professionals, asserted by one of them, with strength 2 by default', async () => {
    const tie = await createOk({ fromId: anouk, toId: bram, assertedBy: anouk });
    expect(tie).toMatchObject({
      strength: 2,
      source: 'api',
      assertedBy: 'Test-tie Anouk',
      assertedByProfessional: { id: anouk },
      confirmedBy: { id: anouk },
      from: { __typename: 'Professional', id: anouk },
      to: { __typename: 'Professional', id: bram },
    });
  });

  it('refuses a second active tie of a kind between the same pair, either way round', async () => {
    await createOk({
      fromId: leerplicht.globalId,
      toId: wijkteam.globalId,
      kind: 'FORMAL_AGREEMENT',
    });
    await scope.unchanged(async () => {
      const result = await run(createMutation, {
        input: { fromId: wijkteam.globalId, toId: leerplicht.globalId, kind: 'FORMAL_AGREEMENT' },
      });
      expect(result).toMatchObject({
        __typename: 'ConflictError',
        code: 'CONFLICT',
        field: 'kind',
      });
    });
    const other = await createOk({ fromId: wijkteam.globalId, toId: leerplicht.globalId });
    expect(other.kind).toBe('INFORMAL');
  });

  it('lets exactly one of two racing identical requests through (the database constraint)', async () => {
    const input = { fromId: school.globalId, toId: wijkteam.globalId, kind: 'CONSULTATION_TABLE' };
    const results = await Promise.all([
      run(createMutation, { input }),
      run(createMutation, { input }),
    ]);
    expect(results.map((result) => result.__typename).sort()).toEqual([
      'ConflictError',
      'MutationCreateTieSuccess',
    ]);
  });

  it('rejects mixed ends, a tie to itself and a strength out of range, naming the field', async () => {
    await scope.unchanged(async () => {
      for (const [input, field] of [
        [{ fromId: leerplicht.globalId, toId: anouk }, 'toId'],
        [{ fromId: anouk, toId: anouk }, 'toId'],
        [{ fromId: anouk, toId: bram, strength: 4 }, 'input.strength'],
        [{ fromId: closed.globalId, toId: school.globalId }, 'fromId'],
      ] as const) {
        const result = await run(createMutation, { input: { kind: 'INFORMAL', ...input } });
        expect(result).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ field }] });
      }
    });
  });

  it('answers NOT_FOUND for an end or an asserting professional that does not exist', async () => {
    await scope.unchanged(async () => {
      const missing = toGlobalId('Organisation', `${scope.prefix}missing`);
      const end = await run(createMutation, {
        input: { fromId: leerplicht.globalId, toId: missing, kind: 'INFORMAL' },
      });
      expect(end).toMatchObject({ code: 'NOT_FOUND', entity: 'Organisation' });
      const asserter = await run(createMutation, {
        input: {
          fromId: leerplicht.globalId,
          toId: school.globalId,
          kind: 'INFORMAL',
          assertedBy: toGlobalId('Professional', `${scope.prefix}missing`),
        },
      });
      expect(asserter).toMatchObject({ code: 'NOT_FOUND', entity: 'Professional' });
    });
  });
});

describe('updateTie, archiveTie and confirmTie', () => {
  it('changes strength and kind, but not into a duplicate', async () => {
    const a = await createOk({ fromId: anouk, toId: bram, kind: 'HANDOVER_PARTNER' });
    const b = await createOk({ fromId: bram, toId: anouk, kind: 'FORMAL_AGREEMENT', strength: 1 });
    const updated = await run(updateMutation, { id: b.id, input: { strength: 3 } });
    expect(updated.data).toMatchObject({ kind: 'FORMAL_AGREEMENT', strength: 3 });
    await scope.unchanged(async () => {
      const clash = await run(updateMutation, { id: b.id, input: { kind: 'HANDOVER_PARTNER' } });
      expect(clash).toMatchObject({ code: 'CONFLICT', field: 'kind' });
      const bad = await run(updateMutation, { id: a.id, input: { strength: 0 } });
      expect(bad).toMatchObject({
        code: 'VALIDATION_FAILED',
        issues: [{ field: 'input.strength' }],
      });
    });
  });

  it('archives a tie: it can then change no more, and no longer blocks a new one', async () => {
    const tie = await createOk({
      fromId: school.globalId,
      toId: leerplicht.globalId,
      kind: 'INFORMAL',
    });
    const archived = await run(archiveMutation, { id: tie.id });
    expect(archived.data?.status).toBe('ARCHIVED');
    await scope.unchanged(async () => {
      for (const [mutation, variables] of [
        [archiveMutation, { id: tie.id }],
        [updateMutation, { id: tie.id, input: { strength: 1 } }],
        [confirmMutation, { id: tie.id }],
      ] as const) {
        const result = await run(mutation, variables);
        expect(result).toMatchObject({
          __typename: 'InvalidTransitionError',
          code: 'INVALID_TRANSITION',
        });
      }
    });
    const again = await createOk({
      fromId: leerplicht.globalId,
      toId: school.globalId,
      kind: 'INFORMAL',
    });
    expect(again.id).not.toBe(tie.id);
  });

  it('confirms a stale tie today, recording who did', async () => {
    const id = `${scope.prefix}stale`;
    await db.write(staleTie, {
      id,
      fromId: wijkteam.id,
      toId: school.id,
      lastConfirmedAt: '2020-02-01',
    });
    const before = await graphql<{ tie: Tie }>(
      app,
      `query($id: ID!) { tie(id: $id) { ${fields} } }`,
      {
        id: toGlobalId('Tie', id),
      },
    );
    expect(before.data?.tie).toMatchObject({
      stale: true,
      lastConfirmedAt: '2020-02-01',
      assertedAt: null,
    });
    expect(before.data?.tie.ageInDays).toBeGreaterThan(365 * 5);
    const confirmed = await run(confirmMutation, { id: toGlobalId('Tie', id), by: bram });
    expect(confirmed.data).toMatchObject({
      stale: false,
      ageInDays: 0,
      lastConfirmedAt: utcToday(),
      confirmedBy: { id: bram },
    });
  });

  it('answers NOT_FOUND for an unknown tie or confirming professional', async () => {
    const tie = await createOk({
      fromId: wijkteam.globalId,
      toId: school.globalId,
      kind: 'HANDOVER_PARTNER',
    });
    await scope.unchanged(async () => {
      const unknown = toGlobalId('Tie', `${scope.prefix}missing`);
      for (const [mutation, variables] of [
        [updateMutation, { id: unknown, input: { strength: 1 } }],
        [archiveMutation, { id: unknown }],
        [confirmMutation, { id: unknown }],
      ] as const) {
        expect(await run(mutation, variables)).toMatchObject({ code: 'NOT_FOUND', entity: 'Tie' });
      }
      const nobody = toGlobalId('Professional', `${scope.prefix}nobody`);
      const result = await run(confirmMutation, { id: tie.id, by: nobody });
      expect(result).toMatchObject({ code: 'NOT_FOUND', entity: 'Professional' });
    });
  });
});

describe('reading ties', () => {
  type Page = {
    ties: { totalCount: number; edges: { node: Tie }[]; pageInfo: { hasNextPage: boolean } };
  };
  const pageQuery = `query($first: Int, $filter: TieFilter) {
    ties(first: $first, filter: $filter) { totalCount pageInfo { hasNextPage } edges { node { ${fields} } } } }`;
  const page = async (variables: Record<string, unknown>) => {
    const response = await graphql<Page>(app, pageQuery, variables);
    expect(response.errors).toBeUndefined();
    return response.data?.ties as Page['ties'];
  };
  let hub: Node;
  let spokes: Node[];

  beforeAll(async () => {
    hub = await scope.organisation('Test-tie Hub');
    spokes = [
      await scope.organisation('Test-tie Spoke A'),
      await scope.organisation('Test-tie Spoke B'),
    ];
    await createOk({ fromId: hub.globalId, toId: spokes[0]?.globalId, kind: 'FORMAL_AGREEMENT' });
    await createOk({ fromId: spokes[1]?.globalId, toId: hub.globalId, kind: 'INFORMAL' });
    const old = await createOk({
      fromId: hub.globalId,
      toId: spokes[1]?.globalId,
      kind: 'HANDOVER_PARTNER',
    });
    await run(archiveMutation, { id: old.id });
    await db.write(staleTie, {
      id: `${scope.prefix}stale-hub`,
      fromId: spokes[0]?.id ?? '',
      toId: hub.id,
      lastConfirmedAt: '2021-03-01',
    });
  });

  it('lists an organisation’s active ties, each with the neighbour seen from it', async () => {
    const response = await graphql<{
      organisation: { ties: { kind: string; neighbour: End }[] };
    }>(app, `query($id: ID!) { organisation(id: $id) { ties { kind neighbour { ${end} } } } }`, {
      id: hub.globalId,
    });
    expect(response.errors).toBeUndefined();
    const ties = response.data?.organisation.ties ?? [];
    expect(ties.map((tie) => tie.kind)).toEqual(['FORMAL_AGREEMENT', 'INFORMAL', 'INFORMAL']);
    expect(ties.map((tie) => `${tie.kind} ${tie.neighbour.id}`).sort()).toEqual(
      [
        `FORMAL_AGREEMENT ${spokes[0]?.globalId}`,
        `INFORMAL ${spokes[0]?.globalId}`,
        `INFORMAL ${spokes[1]?.globalId}`,
      ].sort(),
    );
  });

  it('filters by organisation, kind, staleness and archived status', async () => {
    const filter = { organisationId: hub.globalId };
    expect((await page({ first: 10, filter })).totalCount).toBe(3);
    expect(
      (await page({ first: 10, filter: { ...filter, includeArchived: true } })).totalCount,
    ).toBe(4);
    const informal = await page({ first: 10, filter: { ...filter, kinds: ['INFORMAL'] } });
    expect(informal.edges.map((edge) => edge.node.kind)).toEqual(['INFORMAL', 'INFORMAL']);
    expect(informal.edges[0]?.node.lastConfirmedAt).toBe('2021-03-01');
    const stale = await page({ first: 10, filter: { ...filter, staleOnly: true } });
    expect(stale.edges.map((edge) => edge.node.id)).toEqual([
      toGlobalId('Tie', `${scope.prefix}stale-hub`),
    ]);
  });

  it('lists a professional’s ties with the other professional as neighbour', async () => {
    const response = await graphql<{
      professional: { ties: { neighbour: End }[] };
    }>(app, `query($id: ID!) { professional(id: $id) { ties { neighbour { ${end} } } } }`, {
      id: bram,
    });
    const neighbours = response.data?.professional.ties.map((tie) => tie.neighbour);
    expect(neighbours?.length).toBeGreaterThan(0);
    expect(neighbours?.every((n) => n.__typename === 'Professional' && n.id === anouk)).toBe(true);
    const listed = await page({ first: 10, filter: { professionalId: bram } });
    expect(listed.totalCount).toBe(neighbours?.length);
  });

  it('shows the demo network’s stale ties first, each with its provenance', async () => {
    const stale = await page({
      first: 20,
      filter: { staleOnly: true, kinds: ['CONSULTATION_TABLE'] },
    });
    expect(stale.totalCount).toBeGreaterThan(20);
    const dates = stale.edges.map((edge) => edge.node.lastConfirmedAt ?? '');
    expect(dates).toEqual([...dates].sort());
    expect(
      stale.edges.every((edge) => edge.node.stale && edge.node.kind === 'CONSULTATION_TABLE'),
    ).toBe(true);
    const demo = stale.edges.find((edge) =>
      fromGlobalId(edge.node.id).startsWith('demo-org-'),
    )?.node;
    expect(demo).toMatchObject({
      assertedBy: 'Rizoom demo data',
      source: 'demo',
      status: 'ACTIVE',
    });
    const byId = await graphql<{ node: { id: string } }>(
      app,
      'query($id: ID!) { node(id: $id) { id } }',
      {
        id: demo?.id,
      },
    );
    expect(byId.data?.node.id).toBe(demo?.id);
  });

  it('leaves out ties to an archived professional unless archived ones are asked for', async () => {
    const carla = await professional('Test-tie Carla', school);
    const daan = await professional('Test-tie Daan', school);
    await createOk({ fromId: carla, toId: daan, kind: 'HANDOVER_PARTNER' });
    await scope.mutate(`mutation($id: ID!) { archiveProfessional(id: $id) { __typename } }`, {
      id: daan,
    });
    const response = await graphql<{ professional: { ties: unknown[] } }>(
      app,
      'query($id: ID!) { professional(id: $id) { ties { id } } }',
      { id: carla },
    );
    expect(response.data?.professional.ties).toEqual([]);
    expect((await page({ first: 5, filter: { professionalId: carla } })).totalCount).toBe(0);
    const all = await page({ first: 5, filter: { professionalId: carla, includeArchived: true } });
    expect(all.edges.map((edge) => edge.node.to.id)).toEqual([daan]);
  });

  it('rejects a filter on an organisation and a professional at once', async () => {
    const response = await graphql(app, pageQuery, {
      first: 1,
      filter: { organisationId: hub.globalId, professionalId: bram },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('answers null for an unknown tie', async () => {
    const response = await graphql(app, 'query($id: ID!) { tie(id: $id) { id } }', {
      id: toGlobalId('Tie', `${scope.prefix}missing`),
    });
    expect(response).toEqual({ data: { tie: null } });
  });
});
