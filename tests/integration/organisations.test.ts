import { afterAll, describe, expect, it } from 'vitest';
import { graphql, testApp } from '../support/app.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';
import { fingerprint } from '../support/fingerprint.js';
import { fromGlobalId, toGlobalId } from '../support/ids.js';

const db = connectTestDatabase();
const app = testApp(db);
const created: string[] = [];
const deleteOrganisations = testCypher<{ ids: string[] }, object>('delete-organisations');
const organisationState = testCypher<{ id: string }, object>('organisation-state');
afterAll(() => db.write(deleteOrganisations, { ids: created }));

const fields = `id name kind status brin kvk swvCode offers source
  municipalities { code } samenwerkingsverband { id name }`;
const createMutation = /* GraphQL */ `
  mutation Create($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      __typename
      ... on MutationCreateOrganisationSuccess { data { ${fields} } }
      ... on Error { code message }
      ... on ValidationError { issues { field message } }
      ... on ConflictError { field }
      ... on NotFoundError { entity id }
    }
  }`;
const updateMutation = /* GraphQL */ `
  mutation Update($id: ID!, $input: UpdateOrganisationInput!) {
    updateOrganisation(id: $id, input: $input) {
      __typename
      ... on MutationUpdateOrganisationSuccess { data { ${fields} } }
      ... on Error { code message }
      ... on ValidationError { issues { field message } }
    }
  }`;
const archiveMutation = /* GraphQL */ `
  mutation Archive($id: ID!) {
    archiveOrganisation(id: $id) {
      __typename
      ... on MutationArchiveOrganisationSuccess { data { id status } }
      ... on Error { code message }
    }
  }`;

type Result = {
  __typename: string;
  data?: Record<string, unknown> & { id: string };
  code?: string;
  message?: string;
  issues?: { field: string; message: string }[];
  field?: string | null;
  entity?: string;
};

async function create(input: Record<string, unknown>) {
  const response = await graphql<{ createOrganisation: Result }>(app, createMutation, { input });
  expect(response.errors).toBeUndefined();
  const result = response.data?.createOrganisation;
  if (result?.data) created.push(fromGlobalId(result.data.id));
  return result as Result;
}

const uniqueBrin = () =>
  `9${Math.floor(Math.random() * 10)}${String.fromCharCode(65 + Math.floor(Math.random() * 26))}${Math.floor(Math.random() * 10)}`;
const swvId = async () => {
  const swv = await create({
    name: 'Test-org SWV VO',
    kind: 'SWV_VO',
    municipalityCodes: ['GM0344'],
    swvCode: `VO${Math.floor(1000 + Math.random() * 8999)}`,
  });
  return swv.data?.id ?? '';
};

describe('createOrganisation', () => {
  it('creates a school with its identifiers, municipalities, offers and samenwerkingsverband', async () => {
    const swv = await swvId();
    const brin = uniqueBrin();
    const result = await create({
      name: '  Test-org Lyceum  ',
      kind: 'SCHOOL_VO',
      brin: brin.toLowerCase(),
      kvk: '12345678',
      municipalityCodes: ['GM0344', 'GM0307'],
      offers: ['TAAL', 'AUTISME'],
      samenwerkingsverbandId: swv,
    });
    expect(result.__typename).toBe('MutationCreateOrganisationSuccess');
    expect(result.data).toMatchObject({
      name: 'Test-org Lyceum',
      kind: 'SCHOOL_VO',
      status: 'ACTIVE',
      brin,
      kvk: '12345678',
      offers: ['AUTISME', 'TAAL'],
      source: 'api',
      samenwerkingsverband: { id: swv },
    });
    const municipalities = (result.data?.municipalities ?? []) as { code: string }[];
    const codes = municipalities.map((m) => m.code).sort();
    expect(codes).toEqual(['GM0307', 'GM0344']);
  });

  it('rejects invalid input naming each field, and writes nothing', async () => {
    const before = await fingerprint(db);
    const result = await create({
      name: ' ',
      kind: 'SCHOOL_VO',
      brin: 'X',
      kvk: '12',
      municipalityCodes: [],
    });
    expect(result.__typename).toBe('ValidationError');
    expect(result.code).toBe('VALIDATION_FAILED');
    const named = (result.issues ?? []).map((issue) => issue.field);
    for (const field of ['name', 'brin', 'kvk', 'municipalityCodes']) {
      expect(named.some((path) => path.endsWith(field))).toBe(true);
    }
    expect(await fingerprint(db)).toBe(before);
  });

  it('rejects identifiers that do not fit the kind', async () => {
    const before = await fingerprint(db);
    const result = await create({
      name: 'Test-org Leerplicht',
      kind: 'LEERPLICHT',
      brin: uniqueBrin(),
      municipalityCodes: ['GM0344'],
    });
    expect(result).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION_FAILED' });
    expect(result.issues?.map((issue) => issue.field)).toEqual(['brin']);
    expect(await fingerprint(db)).toBe(before);
  });

  it('answers NOT_FOUND for an unknown municipality and writes nothing', async () => {
    const before = await fingerprint(db);
    const result = await create({
      name: 'Test-org X',
      kind: 'WIJKTEAM',
      municipalityCodes: ['GM9999'],
    });
    expect(result).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      entity: 'Municipality',
    });
    expect(await fingerprint(db)).toBe(before);
  });

  it('refuses a samenwerkingsverband that is not one', async () => {
    const wijkteam = await create({
      name: 'Test-org Wijkteam',
      kind: 'WIJKTEAM',
      municipalityCodes: ['GM0344'],
    });
    const before = await fingerprint(db);
    const result = await create({
      name: 'Test-org School',
      kind: 'SCHOOL_PO',
      municipalityCodes: ['GM0344'],
      samenwerkingsverbandId: wijkteam.data?.id,
    });
    expect(result.__typename).toBe('ValidationError');
    expect(result.issues?.[0]?.field).toBe('samenwerkingsverbandId');
    expect(await fingerprint(db)).toBe(before);
  });

  it('answers CONFLICT for a duplicate BRIN and writes nothing', async () => {
    const brin = uniqueBrin();
    await create({
      name: 'Test-org First',
      kind: 'SCHOOL_PO',
      brin,
      municipalityCodes: ['GM0344'],
    });
    const before = await fingerprint(db);
    const result = await create({
      name: 'Test-org Second',
      kind: 'SCHOOL_PO',
      brin,
      municipalityCodes: ['GM0344'],
    });
    expect(result).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT', field: 'brin' });
    expect(await fingerprint(db)).toBe(before);
  });

  it('rejects an unknown kind before anything runs, without repeating the value', async () => {
    const response = await graphql(app, createMutation, {
      input: { name: 'Test-org', kind: 'SPACESHIP', municipalityCodes: ['GM0344'] },
    });
    expect(response.errors?.[0]?.message).toBe(
      'Variable "$input" has an invalid value at "input.kind": Not a value of the "OrganisationKind" enum.',
    );
    expect(response.data).toBeUndefined();
  });
});

describe('updateOrganisation and archiveOrganisation', () => {
  it('changes only the fields given and replaces lists', async () => {
    const organisation = await create({
      name: 'Test-org Update',
      kind: 'GGZ',
      municipalityCodes: ['GM0344'],
      offers: ['GGZ_JEUGD'],
    });
    const id = organisation.data?.id ?? '';
    const response = await graphql<{ updateOrganisation: Result }>(app, updateMutation, {
      id,
      input: {
        name: 'Test-org Updated',
        offers: ['GGZ_JEUGD', 'AUTISME'],
        municipalityCodes: ['GM0307'],
      },
    });
    expect(response.data?.updateOrganisation.data).toMatchObject({
      name: 'Test-org Updated',
      kind: 'GGZ',
      offers: ['AUTISME', 'GGZ_JEUGD'],
      municipalities: [{ code: 'GM0307' }],
    });
  });

  it('archives, hides from lists, and refuses later changes as an invalid transition', async () => {
    const organisation = await create({
      name: 'Test-org Archive',
      kind: 'GGZ',
      municipalityCodes: ['GM0344'],
    });
    const id = organisation.data?.id ?? '';
    const archived = await graphql<{ archiveOrganisation: Result }>(app, archiveMutation, { id });
    expect(archived.data?.archiveOrganisation.data).toEqual({ id, status: 'ARCHIVED' });

    const list = await graphql<{ organisations: { edges: { node: { id: string } }[] } }>(
      app,
      '{ organisations(first: 100, filter: { search: "Test-org Archive" }) { edges { node { id } } } }',
    );
    expect(list.data?.organisations.edges.map((e) => e.node.id)).not.toContain(id);

    const before = await db.read(organisationState, { id: fromGlobalId(id) });
    const again = await graphql<{ updateOrganisation: Result }>(app, updateMutation, {
      id,
      input: { name: 'Test-org Nope' },
    });
    expect(again.data?.updateOrganisation).toMatchObject({
      __typename: 'InvalidTransitionError',
      code: 'INVALID_TRANSITION',
    });
    expect(await db.read(organisationState, { id: fromGlobalId(id) })).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const response = await graphql<{ archiveOrganisation: Result }>(app, archiveMutation, {
      id: toGlobalId('Organisation', 'no-such-organisation'),
    });
    expect(response.data?.archiveOrganisation).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
    });
  });
});

describe('organisations: filters, search and sorting', () => {
  it('finds organisations by words in their name through the full-text index', async () => {
    const response = await graphql<{
      organisations: { totalCount: number; edges: { node: { name: string } }[] };
    }>(
      app,
      '{ organisations(first: 5, filter: { search: "leerpl utrecht" }) { totalCount edges { node { name } } } }',
    );
    expect(response.errors).toBeUndefined();
    const names = response.data?.organisations.edges.map((e) => e.node.name) ?? [];
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => /leerpl/i.test(n) && /utrecht/i.test(n))).toBe(true);
  });

  it('treats search syntax as plain text', async () => {
    const response = await graphql(
      app,
      '{ organisations(first: 5, filter: { search: "a:(b OR \\"c" }) { totalCount } }',
    );
    expect(response.errors).toBeUndefined();
  });

  it('filters by need offered', async () => {
    await create({
      name: 'Test-org Autismezorg',
      kind: 'JEUGDZORG',
      municipalityCodes: ['GM0344'],
      offers: ['AUTISME', 'HOOGBEGAAFDHEID'],
    });
    const response = await graphql<{
      organisations: { edges: { node: { name: string; offers: string[] } }[] };
    }>(
      app,
      '{ organisations(first: 50, filter: { needs: [AUTISME, HOOGBEGAAFDHEID], municipalityCode: "GM0344" }) { edges { node { name offers } } } }',
    );
    const nodes = response.data?.organisations.edges.map((e) => e.node) ?? [];
    expect(nodes.map((n) => n.name)).toContain('Test-org Autismezorg');
    expect(
      nodes.every((n) => n.offers.includes('AUTISME') && n.offers.includes('HOOGBEGAAFDHEID')),
    ).toBe(true);
  });

  it('sorts by name both ways and by kind', async () => {
    const query = (order: string) =>
      graphql<{ organisations: { edges: { node: { name: string; kind: string } }[] } }>(
        app,
        `{ organisations(first: 30, filter: { regionCode: "MC35" }, orderBy: ${order}) { edges { node { name kind } } } }`,
      );
    const ascending =
      (await query('{ field: NAME, direction: ASC }')).data?.organisations.edges.map(
        (e) => e.node.name,
      ) ?? [];
    const descending =
      (await query('{ field: NAME, direction: DESC }')).data?.organisations.edges.map(
        (e) => e.node.name,
      ) ?? [];
    const collator = (a: string, b: string) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en');
    expect(ascending).toEqual([...ascending].sort(collator));
    expect(descending).toEqual([...descending].sort(collator).reverse());
    expect(ascending[0]).not.toBe(descending[0]);
    const kinds =
      (await query('{ field: KIND }')).data?.organisations.edges.map((e) => e.node.kind) ?? [];
    expect(kinds).toEqual([...kinds].sort());
  });
});
