import { beforeAll, describe, expect, it } from 'vitest';
import { utcToday } from '../../server/src/ties/age.js';
import { graphql, testApp } from '../support/app.js';
import { connectTestDatabase } from '../support/database.js';
import { toGlobalId } from '../support/ids.js';
import { testScope } from '../support/people.js';

const db = connectTestDatabase();
const app = testApp(db);
const scope = testScope(db, app, 'table');

const member = '__typename ... on Organisation { id } ... on Professional { id }';
const fields = `id name kind status source municipalities { code } members { since member { ${member} } }`;
const outcome = (name: string) => `
  __typename
  ... on Mutation${name}Success { data { ${fields} } }
  ... on Error { code message }
  ... on ValidationError { issues { field } }
  ... on ConflictError { field }
  ... on NotFoundError { entity id }`;
const createMutation = `mutation($input: CreateConsultationTableInput!) {
  createConsultationTable(input: $input) { ${outcome('CreateConsultationTable')} } }`;
const updateMutation = `mutation($id: ID!, $input: UpdateConsultationTableInput!) {
  updateConsultationTable(id: $id, input: $input) { ${outcome('UpdateConsultationTable')} } }`;
const archiveMutation = `mutation($id: ID!) {
  archiveConsultationTable(id: $id) { ${outcome('ArchiveConsultationTable')} } }`;
const addMutation = `mutation($input: AddTableMemberInput!) {
  addTableMember(input: $input) { ${outcome('AddTableMember')} } }`;
const removeMutation = `mutation($input: RemoveTableMemberInput!) {
  removeTableMember(input: $input) { ${outcome('RemoveTableMember')} } }`;

type Table = {
  id: string;
  name: string;
  kind: string;
  status: string;
  source: string | null;
  municipalities: { code: string }[];
  members: { since: string | null; member: { __typename: string; id: string } }[];
};
type Result = {
  __typename: string;
  data?: Table;
  code?: string;
  issues?: { field: string }[];
  field?: string | null;
  entity?: string;
};

async function run(mutation: string, variables: Record<string, unknown>): Promise<Result> {
  const data = await scope.mutate<Record<string, Result>>(mutation, variables);
  return Object.values(data)[0] as Result;
}
async function createOk(input: Record<string, unknown>): Promise<Table> {
  const result = await run(createMutation, {
    input: { kind: 'ZAT', municipalityCodes: ['GM0344'], ...input },
  });
  if (!result.data) throw new Error(`not created: ${JSON.stringify(result)}`);
  return result.data;
}

type Node = { id: string; globalId: string };
let school: Node;
let ggd: Node;
let closed: Node;
let jeugdarts: string;

beforeAll(async () => {
  school = await scope.organisation('Test-table Lyceum', { kind: 'SCHOOL_VO' });
  ggd = await scope.organisation('Test-table GGD', { kind: 'GGD' });
  closed = await scope.organisation('Test-table Gesloten', { status: 'ARCHIVED' });
  const data = await scope.mutate<{ createProfessional: { data: { id: string } } }>(
    `mutation($input: CreateProfessionalInput!) {
       createProfessional(input: $input) { ... on MutationCreateProfessionalSuccess { data { id } } } }`,
    { input: { name: 'Test-table Iris', role: 'JEUGDARTS', organisationId: ggd.globalId } },
  );
  jeugdarts = data.createProfessional.data.id;
});

describe('createConsultationTable and updateConsultationTable', () => {
  it('creates a table for its municipalities, with no members yet, and changes it', async () => {
    const table = await createOk({
      name: 'Test-table ZAT Lyceum',
      municipalityCodes: ['GM0344', 'GM0307'],
    });
    expect(table).toMatchObject({
      name: 'Test-table ZAT Lyceum',
      kind: 'ZAT',
      status: 'ACTIVE',
      source: 'api',
      members: [],
    });
    expect(table.municipalities.map((m) => m.code).sort()).toEqual(['GM0307', 'GM0344']);
    const updated = await run(updateMutation, {
      id: table.id,
      input: { kind: 'MDO', municipalityCodes: ['GM0363'] },
    });
    expect(updated.data).toMatchObject({
      name: 'Test-table ZAT Lyceum',
      kind: 'MDO',
      municipalities: [{ code: 'GM0363' }],
    });
  });

  it('rejects an empty name, no municipalities or a malformed code, naming the field', async () => {
    await scope.unchanged(async () => {
      for (const [input, field] of [
        [{ name: '' }, 'input.name'],
        [{ name: 'Test-table X', municipalityCodes: [] }, 'input.municipalityCodes'],
        [{ name: 'Test-table X', municipalityCodes: ['Utrecht'] }, 'input.municipalityCodes.0'],
      ] as const) {
        const result = await run(createMutation, {
          input: { kind: 'ZAT', municipalityCodes: ['GM0344'], ...input },
        });
        expect(result).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ field }] });
      }
    });
  });

  it('answers NOT_FOUND for a municipality or table that does not exist', async () => {
    const table = await createOk({ name: 'Test-table Stable' });
    await scope.unchanged(async () => {
      const created = await run(createMutation, {
        input: { name: 'Test-table Nowhere', kind: 'ZAT', municipalityCodes: ['GM9999'] },
      });
      expect(created).toMatchObject({ code: 'NOT_FOUND', entity: 'Municipality', id: 'GM9999' });
      const updated = await run(updateMutation, {
        id: table.id,
        input: { name: 'Test-table Moved', municipalityCodes: ['GM9999'] },
      });
      expect(updated).toMatchObject({ code: 'NOT_FOUND', entity: 'Municipality' });
      const unknown = await run(updateMutation, {
        id: toGlobalId('ConsultationTable', `${scope.prefix}missing`),
        input: { name: 'Test-table Ghost' },
      });
      expect(unknown).toMatchObject({ code: 'NOT_FOUND', entity: 'ConsultationTable' });
    });
  });
});

describe('members', () => {
  it('seats organisations and professionals, organisations first, from today or a given day', async () => {
    const table = await createOk({ name: 'Test-table Thuiszitters', kind: 'THUISZITTERSTAFEL' });
    await run(addMutation, { input: { tableId: table.id, memberId: jeugdarts } });
    await run(addMutation, {
      input: { tableId: table.id, memberId: school.globalId, since: '2025-01-06' },
    });
    const result = await run(addMutation, { input: { tableId: table.id, memberId: ggd.globalId } });
    expect(result.data?.members).toEqual([
      { since: utcToday(), member: { __typename: 'Organisation', id: ggd.globalId } },
      { since: '2025-01-06', member: { __typename: 'Organisation', id: school.globalId } },
      { since: utcToday(), member: { __typename: 'Professional', id: jeugdarts } },
    ]);
    const seats = await graphql<{
      organisation: { tables: { id: string }[] };
      professional: { tables: { id: string }[] };
    }>(
      app,
      `query($org: ID!, $pro: ID!) {
         organisation(id: $org) { tables { id } } professional(id: $pro) { tables { id } } }`,
      { org: school.globalId, pro: jeugdarts },
    );
    expect(seats.data?.organisation.tables).toEqual([{ id: table.id }]);
    expect(seats.data?.professional.tables).toEqual([{ id: table.id }]);
  });

  it('refuses a second seat (CONFLICT), an archived member, or an unknown one', async () => {
    const table = await createOk({ name: 'Test-table Overstap', kind: 'OVERSTAPTAFEL' });
    await run(addMutation, { input: { tableId: table.id, memberId: school.globalId } });
    await scope.unchanged(async () => {
      const twice = await run(addMutation, {
        input: { tableId: table.id, memberId: school.globalId },
      });
      expect(twice).toMatchObject({ code: 'CONFLICT', field: 'memberId' });
      const archived = await run(addMutation, {
        input: { tableId: table.id, memberId: closed.globalId },
      });
      expect(archived).toMatchObject({
        code: 'VALIDATION_FAILED',
        issues: [{ field: 'memberId' }],
      });
      const unknown = await run(addMutation, {
        input: {
          tableId: table.id,
          memberId: toGlobalId('Professional', `${scope.prefix}missing`),
        },
      });
      expect(unknown).toMatchObject({ code: 'NOT_FOUND', entity: 'Professional' });
    });
  });

  it('leaves an archived professional out of the members', async () => {
    const table = await createOk({ name: 'Test-table Leaving', kind: 'MDO' });
    const data = await scope.mutate<{ createProfessional: { data: { id: string } } }>(
      `mutation($input: CreateProfessionalInput!) {
         createProfessional(input: $input) { ... on MutationCreateProfessionalSuccess { data { id } } } }`,
      {
        input: { name: 'Test-table Koen', role: 'SWV_CONSULENT', organisationId: school.globalId },
      },
    );
    const koen = data.createProfessional.data.id;
    await run(addMutation, { input: { tableId: table.id, memberId: koen } });
    await run(addMutation, { input: { tableId: table.id, memberId: ggd.globalId } });
    await scope.mutate('mutation($id: ID!) { archiveProfessional(id: $id) { __typename } }', {
      id: koen,
    });
    const read = await graphql<{ consultationTable: Table }>(
      app,
      `query($id: ID!) { consultationTable(id: $id) { ${fields} } }`,
      { id: table.id },
    );
    expect(read.data?.consultationTable.members.map((seat) => seat.member.id)).toEqual([
      ggd.globalId,
    ]);
  });

  it('ends a seat, keeps it on record, and allows a new one later', async () => {
    const table = await createOk({ name: 'Test-table MDO', kind: 'MDO' });
    await run(addMutation, { input: { tableId: table.id, memberId: jeugdarts } });
    const removed = await run(removeMutation, {
      input: { tableId: table.id, memberId: jeugdarts },
    });
    expect(removed.data?.members).toEqual([]);
    await scope.unchanged(async () => {
      const again = await run(removeMutation, {
        input: { tableId: table.id, memberId: jeugdarts },
      });
      expect(again).toMatchObject({ code: 'NOT_FOUND', entity: 'TableMember' });
    });
    const back = await run(addMutation, { input: { tableId: table.id, memberId: jeugdarts } });
    expect(back.data?.members.map((seat) => seat.member.id)).toEqual([jeugdarts]);
  });
});

describe('archiveConsultationTable', () => {
  it('archives a table: it leaves lists and seats, and changes no more', async () => {
    const table = await createOk({ name: 'Test-table Closing', municipalityCodes: ['GM0200'] });
    await run(addMutation, { input: { tableId: table.id, memberId: ggd.globalId } });
    const archived = await run(archiveMutation, { id: table.id });
    expect(archived.data?.status).toBe('ARCHIVED');
    await scope.unchanged(async () => {
      for (const [mutation, variables] of [
        [archiveMutation, { id: table.id }],
        [updateMutation, { id: table.id, input: { name: 'Test-table Reopened' } }],
        [addMutation, { input: { tableId: table.id, memberId: school.globalId } }],
        [removeMutation, { input: { tableId: table.id, memberId: ggd.globalId } }],
      ] as const) {
        expect(await run(mutation, variables)).toMatchObject({ code: 'INVALID_TRANSITION' });
      }
    });
    const seats = await graphql<{ organisation: { tables: { id: string }[] } }>(
      app,
      'query($id: ID!) { organisation(id: $id) { tables { id } } }',
      { id: ggd.globalId },
    );
    expect(seats.data?.organisation.tables.map((t) => t.id)).not.toContain(table.id);
  });
});

describe('consultationTable and consultationTables', () => {
  type Page = {
    consultationTables: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string; name: string; kind: string } }[];
    };
  };
  const pageQuery = `query($first: Int, $after: String, $filter: ConsultationTableFilter) {
    consultationTables(first: $first, after: $after, filter: $filter) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id name kind } } } }`;
  const page = async (variables: Record<string, unknown>) => {
    const response = await graphql<Page>(app, pageQuery, variables);
    expect(response.errors).toBeUndefined();
    return response.data?.consultationTables as Page['consultationTables'];
  };
  const names: string[] = [];

  beforeAll(async () => {
    // Groningen (GM0014, RMC region MC03) has no other tables from these tests.
    for (const [name, kind] of [
      ['Test-table Groningen A', 'ZAT'],
      ['Test-table Groningen B', 'MDO'],
      ['Test-table Groningen C', 'ZAT'],
    ] as const) {
      names.push((await createOk({ name, kind, municipalityCodes: ['GM0014'] })).name);
    }
    const archived = await createOk({
      name: 'Test-table Groningen D',
      municipalityCodes: ['GM0014'],
    });
    await run(archiveMutation, { id: archived.id });
  });

  it('pages through the tables of a municipality by name, without gaps or repeats', async () => {
    const filter = { municipalityCode: 'GM0014' };
    const first = await page({ first: 2, filter });
    expect(first.totalCount).toBe(3);
    const rest = await page({ first: 2, after: first.pageInfo.endCursor, filter });
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...rest.edges].map((edge) => edge.node.name)).toEqual(names);
    const all = await page({ first: 10, filter: { ...filter, includeArchived: true } });
    expect(all.totalCount).toBe(4);
  });

  it('filters by kind and region', async () => {
    const zat = await page({ first: 10, filter: { regionCode: 'MC03', kinds: ['ZAT'] } });
    const mine = zat.edges.filter((edge) => edge.node.name.startsWith('Test-table Groningen'));
    expect(mine.map((edge) => edge.node.name)).toEqual([names[0], names[2]]);
    expect(zat.edges.every((edge) => edge.node.kind === 'ZAT')).toBe(true);
    const elsewhere = await page({ first: 10, filter: { regionCode: 'MC21', kinds: ['MDO'] } });
    expect(elsewhere.edges.map((edge) => edge.node.name)).not.toContain(names[1]);
  });

  it('reads one table by id, through the Relay node field too, and null for an unknown one', async () => {
    const listed = (await page({ first: 1, filter: { municipalityCode: 'GM0014' } })).edges[0]
      ?.node;
    const one = await graphql<{ consultationTable: { name: string }; node: { id: string } }>(
      app,
      'query($id: ID!) { consultationTable(id: $id) { name } node(id: $id) { id } }',
      { id: listed?.id },
    );
    expect(one.data).toEqual({
      consultationTable: { name: listed?.name },
      node: { id: listed?.id },
    });
    const missing = await graphql(app, 'query($id: ID!) { consultationTable(id: $id) { id } }', {
      id: toGlobalId('ConsultationTable', `${scope.prefix}missing`),
    });
    expect(missing).toEqual({ data: { consultationTable: null } });
  });
});
