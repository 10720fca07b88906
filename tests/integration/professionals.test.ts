import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../../server/src/db/database.js';
import { graphql, testApp } from '../support/app.js';
import { connectTestDatabase } from '../support/database.js';
import { toGlobalId } from '../support/ids.js';
import { testScope } from '../support/people.js';

const db = connectTestDatabase();
const app = testApp(db);
const scope = testScope(db, app, 'pro');

const fields = `id name role roleLabel email phone status source expertise
  organisation { id } employment { organisation { id } from to current }`;
const createMutation = /* GraphQL */ `
  mutation Create($input: CreateProfessionalInput!) {
    createProfessional(input: $input) {
      __typename
      ... on MutationCreateProfessionalSuccess { data { ${fields} } }
      ... on Error { code message }
      ... on ValidationError { issues { field } }
      ... on NotFoundError { entity id }
    }
  }`;
const updateMutation = /* GraphQL */ `
  mutation Update($id: ID!, $input: UpdateProfessionalInput!) {
    updateProfessional(id: $id, input: $input) {
      __typename
      ... on MutationUpdateProfessionalSuccess { data { ${fields} } }
      ... on Error { code message }
      ... on ValidationError { issues { field } }
    }
  }`;
const archiveMutation = /* GraphQL */ `
  mutation Archive($id: ID!) {
    archiveProfessional(id: $id) {
      __typename
      ... on MutationArchiveProfessionalSuccess { data { id status } }
      ... on Error { code }
      ... on NotFoundError { entity }
    }
  }`;
const moveMutation = /* GraphQL */ `
  mutation Move($id: ID!, $input: MoveProfessionalInput!) {
    moveProfessional(id: $id, input: $input) {
      __typename
      ... on MutationMoveProfessionalSuccess { data { ${fields} } }
      ... on Error { code }
      ... on ValidationError { issues { field message } }
      ... on ConflictError { field }
      ... on NotFoundError { entity }
    }
  }`;

type Professional = {
  id: string;
  name: string;
  role: string;
  roleLabel: string;
  email: string | null;
  phone: string | null;
  status: string;
  source: string | null;
  expertise: string[];
  organisation: { id: string } | null;
  employment: {
    organisation: { id: string };
    from: string | null;
    to: string | null;
    current: boolean;
  }[];
};
type Result = {
  __typename: string;
  data?: Professional;
  code?: string;
  issues?: { field: string; message?: string }[];
  field?: string | null;
  entity?: string;
};

let school: { id: string; globalId: string };
let team: { id: string; globalId: string };
let archivedOrganisation: { id: string; globalId: string };

async function create(input: Record<string, unknown>) {
  const data = await scope.mutate<{ createProfessional: Result }>(createMutation, { input });
  return data.createProfessional;
}

async function createOk(input: Record<string, unknown>): Promise<Professional> {
  const result = await create({
    role: 'LEERPLICHTAMBTENAAR',
    organisationId: team.globalId,
    ...input,
  });
  if (!result.data) throw new Error(`not created: ${JSON.stringify(result)}`);
  return result.data;
}

beforeAll(async () => {
  school = await scope.organisation('Test-pro Lyceum', { kind: 'SCHOOL_VO' });
  team = await scope.organisation('Test-pro Leerplicht');
  archivedOrganisation = await scope.organisation('Test-pro Gesloten', { status: 'ARCHIVED' });
});

describe('createProfessional', () => {
  it('creates a professional with a role code, its Dutch label, a current job and expertise', async () => {
    const professional = await createOk({
      name: 'Test-pro Anouk Visser',
      role: 'ZORGCOORDINATOR',
      email: 'anouk@lyceum.example',
      phone: '+31 30 123 4567',
      organisationId: school.globalId,
      startDate: '2024-08-01',
      expertise: ['AUTISME', 'GGZ_JEUGD'],
    });
    expect(professional).toMatchObject({
      name: 'Test-pro Anouk Visser',
      role: 'ZORGCOORDINATOR',
      roleLabel: 'zorgcoördinator',
      email: 'anouk@lyceum.example',
      status: 'ACTIVE',
      source: 'api',
      expertise: ['AUTISME', 'GGZ_JEUGD'],
      organisation: { id: school.globalId },
      employment: [
        { organisation: { id: school.globalId }, from: '2024-08-01', to: null, current: true },
      ],
    });
    const read = await graphql<{ professional: Professional }>(
      app,
      `query($id: ID!) { professional(id: $id) { ${fields} } }`,
      { id: professional.id },
    );
    expect(read.data?.professional).toEqual(professional);
  });

  it('rejects an empty name or a bad e-mail address, naming the field, and stores nothing', async () => {
    await scope.unchanged(async () => {
      for (const [input, field] of [
        [{ name: '  ' }, 'input.name'],
        [{ name: 'Test-pro Mail', email: 'not-an-address' }, 'input.email'],
      ] as const) {
        const result = await create({ role: 'DECAAN', organisationId: school.globalId, ...input });
        expect(result).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION_FAILED' });
        expect(result.issues?.map((issue) => issue.field)).toEqual([field]);
      }
    });
  });

  it('answers NOT_FOUND for an unknown organisation and stores nothing', async () => {
    await scope.unchanged(async () => {
      const result = await create({
        name: 'Test-pro Nobody',
        role: 'DECAAN',
        organisationId: toGlobalId('Organisation', `${scope.prefix}missing`),
      });
      expect(result).toMatchObject({
        __typename: 'NotFoundError',
        code: 'NOT_FOUND',
        entity: 'Organisation',
      });
    });
  });

  it('refuses a job at an archived organisation and stores nothing', async () => {
    await scope.unchanged(async () => {
      const result = await create({
        name: 'Test-pro Late',
        role: 'DECAAN',
        organisationId: archivedOrganisation.globalId,
      });
      expect(result).toMatchObject({
        __typename: 'ValidationError',
        issues: [{ field: 'organisationId' }],
      });
    });
  });

  it('refuses an unknown role at the GraphQL layer, before any write', async () => {
    await scope.unchanged(async () => {
      const response = await graphql(app, createMutation, {
        input: { name: 'Test-pro X', role: 'ASTRONAUT', organisationId: school.globalId },
      });
      expect(response.errors?.[0]?.message).toBe(
        'Variable "$input" has an invalid value at "input.role": Not a value of the "Role" enum.',
      );
      expect(JSON.stringify(response)).not.toContain('ASTRONAUT');
      expect(JSON.stringify(response)).not.toMatch(/\.ts:\d+/);
    });
  });
});

describe('updateProfessional', () => {
  it('changes only what is given: null clears a contact detail, a list replaces expertise', async () => {
    const professional = await createOk({
      name: 'Test-pro Bram Bakker',
      email: 'bram@team.example',
      phone: '030 1234567',
      expertise: ['TAAL'],
    });
    const data = await scope.mutate<{ updateProfessional: Result }>(updateMutation, {
      id: professional.id,
      input: { role: 'CASUSREGISSEUR', email: null, expertise: ['SCHULDHULP', 'VERSLAVING'] },
    });
    expect(data.updateProfessional.data).toMatchObject({
      name: 'Test-pro Bram Bakker',
      role: 'CASUSREGISSEUR',
      roleLabel: 'casusregisseur',
      email: null,
      phone: '030 1234567',
      expertise: ['SCHULDHULP', 'VERSLAVING'],
    });
  });

  it('rejects a bad phone number and leaves the professional as it was', async () => {
    const professional = await createOk({ name: 'Test-pro Phone' });
    await scope.unchanged(async () => {
      const data = await scope.mutate<{ updateProfessional: Result }>(updateMutation, {
        id: professional.id,
        input: { name: 'Test-pro Changed', phone: 'call me' },
      });
      expect(data.updateProfessional).toMatchObject({
        __typename: 'ValidationError',
        issues: [{ field: 'input.phone' }],
      });
    });
  });

  it('answers NOT_FOUND for an unknown professional', async () => {
    await scope.unchanged(async () => {
      const data = await scope.mutate<{ updateProfessional: Result }>(updateMutation, {
        id: toGlobalId('Professional', `${scope.prefix}missing`),
        input: { name: 'Test-pro Ghost' },
      });
      expect(data.updateProfessional).toMatchObject({
        __typename: 'NotFoundError',
        code: 'NOT_FOUND',
      });
    });
  });
});

describe('archiveProfessional', () => {
  it('archives once; after that the professional cannot be changed, moved or archived again', async () => {
    const professional = await createOk({ name: 'Test-pro Archief' });
    const data = await scope.mutate<{ archiveProfessional: Result }>(archiveMutation, {
      id: professional.id,
    });
    expect(data.archiveProfessional.data?.status).toBe('ARCHIVED');
    await scope.unchanged(async () => {
      const again = await scope.mutate<{ archiveProfessional: Result }>(archiveMutation, {
        id: professional.id,
      });
      expect(again.archiveProfessional).toMatchObject({
        __typename: 'InvalidTransitionError',
        code: 'INVALID_TRANSITION',
      });
      const update = await scope.mutate<{ updateProfessional: Result }>(updateMutation, {
        id: professional.id,
        input: { name: 'Test-pro Revived' },
      });
      expect(update.updateProfessional.code).toBe('INVALID_TRANSITION');
      const move = await scope.mutate<{ moveProfessional: Result }>(moveMutation, {
        id: professional.id,
        input: { organisationId: school.globalId },
      });
      expect(move.moveProfessional.code).toBe('INVALID_TRANSITION');
    });
  });

  it('answers NOT_FOUND for an unknown professional', async () => {
    const data = await scope.mutate<{ archiveProfessional: Result }>(archiveMutation, {
      id: toGlobalId('Professional', `${scope.prefix}missing`),
    });
    expect(data.archiveProfessional).toMatchObject({ code: 'NOT_FOUND', entity: 'Professional' });
  });
});

describe('moveProfessional', () => {
  it('ends the current job and starts the new one on the same day', async () => {
    const professional = await createOk({ name: 'Test-pro Mover', startDate: '2020-01-06' });
    const data = await scope.mutate<{ moveProfessional: Result }>(moveMutation, {
      id: professional.id,
      input: { organisationId: school.globalId, date: '2025-09-01' },
    });
    expect(data.moveProfessional.data).toMatchObject({
      organisation: { id: school.globalId },
      employment: [
        { organisation: { id: school.globalId }, from: '2025-09-01', to: null, current: true },
        {
          organisation: { id: team.globalId },
          from: '2020-01-06',
          to: '2025-09-01',
          current: false,
        },
      ],
    });
  });

  it('refuses a move to where they work now (CONFLICT), and one dated before the current job', async () => {
    const professional = await createOk({ name: 'Test-pro Stayer', startDate: '2024-03-01' });
    await scope.unchanged(async () => {
      const same = await scope.mutate<{ moveProfessional: Result }>(moveMutation, {
        id: professional.id,
        input: { organisationId: team.globalId },
      });
      expect(same.moveProfessional).toMatchObject({ code: 'CONFLICT', field: 'organisationId' });
      const early = await scope.mutate<{ moveProfessional: Result }>(moveMutation, {
        id: professional.id,
        input: { organisationId: school.globalId, date: '2024-02-29' },
      });
      expect(early.moveProfessional).toMatchObject({
        code: 'VALIDATION_FAILED',
        issues: [{ field: 'date' }],
      });
    });
  });

  it('answers NOT_FOUND for an unknown organisation and an archived one as invalid', async () => {
    const professional = await createOk({ name: 'Test-pro Wanderer' });
    await scope.unchanged(async () => {
      const unknown = await scope.mutate<{ moveProfessional: Result }>(moveMutation, {
        id: professional.id,
        input: { organisationId: toGlobalId('Organisation', `${scope.prefix}nowhere`) },
      });
      expect(unknown.moveProfessional).toMatchObject({ code: 'NOT_FOUND', entity: 'Organisation' });
      const archived = await scope.mutate<{ moveProfessional: Result }>(moveMutation, {
        id: professional.id,
        input: { organisationId: archivedOrganisation.globalId },
      });
      expect(archived.moveProfessional).toMatchObject({ code: 'VALIDATION_FAILED' });
    });
  });
});

describe('professional and professionals', () => {
  type Page = {
    professionals: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string; name: string; role: string; status: string } }[];
    };
  };
  const pageQuery = /* GraphQL */ `
    query($first: Int, $after: String, $filter: ProfessionalFilter, $orderBy: ProfessionalOrder) {
      professionals(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id name role status } }
      }
    }`;
  const page = async (variables: Record<string, unknown>) => {
    const response = await graphql<Page>(app, pageQuery, variables);
    expect(response.errors).toBeUndefined();
    return response.data?.professionals as Page['professionals'];
  };
  let office: { id: string; globalId: string };
  const staff: Professional[] = [];

  beforeAll(async () => {
    office = await scope.organisation('Test-pro Bureau');
    for (const [name, role, expertise] of [
      ['Test-pro Daan de Boer', 'LEERPLICHTAMBTENAAR', ['LVB']],
      ['Test-pro Eva Bos', 'CASUSREGISSEUR', []],
      ['Test-pro Fleur Smit', 'JEUGDARTS', ['LVB', 'GEZIN']],
    ] as const) {
      staff.push(await createOk({ name, role, organisationId: office.globalId, expertise }));
    }
  });

  it('pages through an organisation’s staff without gaps or repeats, in name order both ways', async () => {
    const filter = { organisationId: office.globalId };
    const first = await page({ first: 2, filter });
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await page({ first: 2, after: first.pageInfo.endCursor, filter });
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const names = [...first.edges, ...rest.edges].map((edge) => edge.node.name);
    expect(names).toEqual(['Test-pro Daan de Boer', 'Test-pro Eva Bos', 'Test-pro Fleur Smit']);
    const descending = await page({
      first: 3,
      filter,
      orderBy: { field: 'NAME', direction: 'DESC' },
    });
    expect(descending.edges.map((edge) => edge.node.name)).toEqual([...names].reverse());
    const byRole = await page({ first: 3, filter, orderBy: { field: 'ROLE' } });
    expect(byRole.edges.map((edge) => edge.node.role)).toEqual([
      'CASUSREGISSEUR',
      'JEUGDARTS',
      'LEERPLICHTAMBTENAAR',
    ]);
  });

  it('filters by role, expertise, municipality and region of the current job', async () => {
    const filter = { organisationId: office.globalId };
    const roles = await page({
      first: 10,
      filter: { ...filter, roles: ['JEUGDARTS', 'CASUSREGISSEUR'] },
    });
    expect(roles.edges.map((edge) => edge.node.name)).toEqual([
      'Test-pro Eva Bos',
      'Test-pro Fleur Smit',
    ]);
    const expertise = await page({ first: 10, filter: { ...filter, expertise: ['GEZIN'] } });
    expect(expertise.edges.map((edge) => edge.node.name)).toEqual(['Test-pro Fleur Smit']);
    const utrecht = await page({
      first: 100,
      filter: { municipalityCode: 'GM0344', roles: ['JEUGDARTS'] },
    });
    expect(utrecht.edges.map((edge) => edge.node.id)).toContain(staff[2]?.id);
    expect(utrecht.edges.every((edge) => edge.node.role === 'JEUGDARTS')).toBe(true);
    const region = await page({ first: 100, filter: { regionCode: 'MC19', roles: ['JEUGDARTS'] } });
    expect(region.edges.map((edge) => edge.node.id)).toContain(staff[2]?.id);
    const elsewhere = await page({ first: 100, filter: { municipalityCode: 'GM0363', ...filter } });
    expect(elsewhere.totalCount).toBe(0);
  });

  it('finds professionals by the start of their names through the full-text index', async () => {
    const found = await page({
      first: 10,
      filter: { search: 'fleu smi', organisationId: office.globalId },
    });
    expect(found.edges.map((edge) => edge.node.name)).toEqual(['Test-pro Fleur Smit']);
    const odd = await page({
      first: 10,
      filter: { search: 'Smit) AND (x:"', organisationId: office.globalId },
    });
    expect(odd.totalCount).toBe(0);
    const demo = await page({ first: 5, filter: { search: 'Jansen' } });
    expect(demo.totalCount).toBeGreaterThan(0);
    expect(demo.edges.every((edge) => /jansen/i.test(edge.node.name))).toBe(true);
  });

  it('leaves archived professionals out of lists and staff unless asked for', async () => {
    const leaving = await createOk({
      name: 'Test-pro Zoë Leaving',
      organisationId: office.globalId,
    });
    await scope.mutate(archiveMutation, { id: leaving.id });
    const filter = { organisationId: office.globalId };
    expect((await page({ first: 10, filter })).totalCount).toBe(3);
    const all = await page({ first: 10, filter: { ...filter, includeArchived: true } });
    expect(all.totalCount).toBe(4);
    expect(all.edges.find((edge) => edge.node.id === leaving.id)?.node.status).toBe('ARCHIVED');
    const organisation = await graphql<{ organisation: { professionals: { id: string }[] } }>(
      app,
      'query($id: ID!) { organisation(id: $id) { professionals { id } } }',
      { id: office.globalId },
    );
    expect(organisation.data?.organisation.professionals.map((p) => p.id)).toEqual(
      staff.map((p) => p.id),
    );
  });

  it('answers null for an unknown professional and reads demo roles as codes with labels', async () => {
    const missing = await graphql(app, 'query($id: ID!) { professional(id: $id) { id } }', {
      id: toGlobalId('Professional', `${scope.prefix}missing`),
    });
    expect(missing).toEqual({ data: { professional: null } });
    const demo = await graphql<{ professional: Professional }>(
      app,
      `query($id: ID!) { professional(id: $id) { ${fields} } }`,
      { id: toGlobalId('Professional', 'demo-pro-00001') },
    );
    expect(demo.errors).toBeUndefined();
    expect(demo.data?.professional.roleLabel.length).toBeGreaterThan(0);
    expect(demo.data?.professional.role).toMatch(/^[A-Z_]+$/);
    expect(demo.data?.professional.employment).toEqual([
      { organisation: demo.data?.professional.organisation, from: null, to: null, current: true },
    ]);
  });

  it('rejects a global id of another type as bad input', async () => {
    const response = await graphql(app, 'query($id: ID!) { professional(id: $id) { id } }', {
      id: office.globalId,
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('batching', () => {
  const statements: string[] = [];
  const counted = createDatabase({ ...inject('neo4j'), onQuery: (name) => statements.push(name) });
  const countedApp = testApp(counted);
  const query = /* GraphQL */ `
    query($first: Int) {
      professionals(first: $first, filter: { regionCode: "MC19" }) {
        edges { node {
          roleLabel expertise
          organisation { name kind }
          employment { from organisation { name } }
          ties { stale neighbour { ... on Professional { name } } }
          tables { name members { since } }
        } }
      }
    }`;

  async function statementsFor(first: number) {
    statements.length = 0;
    const response = await graphql<{ professionals: { edges: unknown[] } }>(countedApp, query, {
      first,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.professionals.edges).toHaveLength(first);
    return [...statements].sort();
  }

  it('reads 50 professionals with their jobs, ties and tables in as many statements as 5', async () => {
    try {
      await statementsFor(1); // the first request signs the test viewer in: not counted
      const few = await statementsFor(5);
      const many = await statementsFor(50);
      // At most one session lookup per request (none while the session is remembered: whether
      // the 5 s memory lapses between the two requests depends on the machine), then the
      // query's own statements, the same for 5 and for 50.
      const session = (names: string[]) => names.filter((name) => name === 'auth/session-viewer');
      const own = (names: string[]) => names.filter((name) => name !== 'auth/session-viewer');
      expect(own(many)).toEqual(own(few));
      expect(session(many).length).toBeLessThanOrEqual(1);
      expect(own(many).length).toBeLessThanOrEqual(8);
    } finally {
      await counted.close();
    }
  });
});
