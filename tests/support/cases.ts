import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, expect } from 'vitest';
import type { Database } from '../../server/src/db/database.js';
import { graphql, type graphql as send } from './app.js';
import { testCypher } from './cypher.js';
import { fingerprint } from './fingerprint.js';
import { fromGlobalId, toGlobalId } from './ids.js';
import { professionalViewer, viewerCookie } from './viewers.js';

// Shared by the cases and handovers tests: organisations and professionals of their own (ids
// under a prefix, names starting with "test-case-"), random BSNs, a registerCase helper that
// records what it made, cleanup after the file, and a check that a failed mutation changed nothing.
// Requests go out signed in as the party the access rules expect (see `actingFor`), unless a
// test names another with `{ as }`.

type App = Parameters<typeof send>[0];

export interface Ref {
  id: string;
  globalId: string;
}

interface OrganisationSpec {
  kind: string;
  status?: 'ACTIVE' | 'ARCHIVED';
  municipalityCode?: string;
}

interface ProfessionalSpec {
  organisation: Ref;
  role?: string;
  status?: 'ACTIVE' | 'ARCHIVED';
}

const createOrganisations = testCypher<
  {
    organisations: {
      id: string;
      name: string;
      kind: string;
      status: string;
      municipalityCode: string;
    }[];
  },
  { created: number }
>('cases-create-organisations');
const createProfessionals = testCypher<
  {
    professionals: {
      id: string;
      name: string;
      role: string;
      status: string;
      organisationId: string;
    }[];
  },
  { created: number }
>('cases-create-professionals');
const deleteTestData = testCypher<{ prefix: string; caseIds: string[] }, { deletedCases: number }>(
  'cases-delete-test-data',
);
const testState = testCypher<{ prefix: string; caseIds: string[] }, { state: unknown }>(
  'cases-test-state',
);

/** A BSN that passes the 11-test, at random: tests never share a young person by accident. */
export function randomBsn(): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, i) =>
      i === 0 ? 1 + randomInt(9) : randomInt(10),
    );
    const check = digits.reduce((sum, digit, i) => sum + digit * (9 - i), 0) % 11;
    if (check <= 9) return `${digits.join('')}${check}`;
  }
}

/** The same BSN with its check digit off by one: always fails the 11-test. */
export function breakBsn(bsn: string): string {
  return `${bsn.slice(0, 8)}${(Number(bsn[8]) + 1) % 10}`;
}

export const registerMutation = /* GraphQL */ `
  mutation Register($input: RegisterCaseInput!) {
    registerCase(input: $input) {
      __typename
      ... on MutationRegisterCaseSuccess {
        data { subjectAlreadyKnown case { id kind status age retainUntil coInvolved } }
      }
      ... on Error { code message }
      ... on ValidationError { issues { field message } }
      ... on NotFoundError { entity id }
    }
  }`;

export type Outcome<T> = {
  __typename: string;
  data?: T;
  code?: string;
  message?: string;
  issues?: { field: string; message: string }[];
  entity?: string;
  id?: string;
  from?: string;
  attempted?: string;
  field?: string | null;
};

export type Registered = {
  subjectAlreadyKnown: boolean;
  case: {
    id: string;
    kind: string;
    status: string;
    age: number;
    retainUntil: string;
    coInvolved: boolean;
  };
};

export function caseTestScope(db: Database, app: App, name: string) {
  const prefix = `test-case-${name}-${randomUUID().slice(0, 8)}-`;
  const caseIds: string[] = [];
  afterAll(async () => {
    await db.write(deleteTestData, { prefix, caseIds });
  });
  const ref = (id: string, type: string): Ref => ({ id, globalId: toGlobalId(type, id) });
  const state = async () =>
    JSON.stringify([await fingerprint(db), await db.read(testState, { prefix, caseIds })]);

  // One signed-in professional per organisation of this file, made with the organisation so
  // that no account appears inside an `unchanged` check; and who acts for each case and handover.
  const actors = new Map<string, string>();
  const actingOrganisation = new Map<string, string>();
  let firstOrganisation: string | undefined;
  const cookieOf = (organisationId: string | undefined) =>
    actors.get(organisationId ?? '') ?? actors.get(firstOrganisation ?? '') ?? '';
  // A global id is base64 of "Type:id" (so it holds no colon itself); anything else is not one.
  const globalOrNull = (value: unknown) =>
    typeof value === 'string' && /^[A-Z]\w*:./.test(Buffer.from(value, 'base64').toString())
      ? value
      : null;
  /**
   * Who sends a request when a test does not say: registerCase and requestHandover by the
   * organisation they name (sender), a handover transition by its receiver, anything else about
   * a case by the organisation that registered it; else by this file's first organisation.
   */
  const actingFor = (variables: Record<string, unknown>) => {
    const input = (variables.input ?? {}) as Record<string, unknown>;
    const named = globalOrNull(input.fromOrganisationId) ?? globalOrNull(input.organisationId);
    if (named && !('caseId' in input && !('fromOrganisationId' in input)))
      return cookieOf(safeRawId(named));
    for (const key of ['id', 'caseId'] as const) {
      const id = globalOrNull(variables[key]) ?? globalOrNull(input[key]);
      const organisation = id ? actingOrganisation.get(id) : undefined;
      if (organisation) return cookieOf(organisation);
    }
    return cookieOf(undefined);
  };

  return {
    /** The session cookie of this file's professional at an organisation (made with it). */
    as: (organisation: Ref) => cookieOf(organisation.id),
    /** Records that the organisation acts for a case or handover (global id) from now on. */
    actsFor: (globalId: string, organisation: Ref) =>
      actingOrganisation.set(globalId, organisation.id),

    prefix,
    caseIds,

    async organisations<K extends string>(specs: Record<K, OrganisationSpec>) {
      const rows = Object.entries<OrganisationSpec>(specs).map(([label, spec]) => ({
        id: `${prefix}${label}`,
        name: `test-case-${label}`,
        kind: spec.kind,
        status: spec.status ?? 'ACTIVE',
        municipalityCode: spec.municipalityCode ?? 'GM0344',
      }));
      const [row] = await db.write(createOrganisations, { organisations: rows });
      expect(row?.created).toBe(rows.length);
      const actorRows = rows.map((r) => ({
        id: `${r.id}-actor`,
        name: 'test-case-actor',
        role: 'LEERPLICHTAMBTENAAR',
        status: 'ACTIVE',
        organisationId: r.id,
      }));
      await db.write(createProfessionals, { professionals: actorRows });
      for (const r of rows) {
        firstOrganisation ??= r.id;
        actors.set(r.id, await viewerCookie(db, professionalViewer(`${r.id}-actor`)));
      }
      return Object.fromEntries(
        rows.map((r) => [r.id.slice(prefix.length), ref(r.id, 'Organisation')]),
      ) as Record<K, Ref>;
    },

    async professionals<K extends string>(specs: Record<K, ProfessionalSpec>) {
      const rows = Object.entries<ProfessionalSpec>(specs).map(([label, spec]) => ({
        id: `${prefix}${label}`,
        name: `test-case-${label}`,
        role: spec.role ?? 'LEERPLICHTAMBTENAAR',
        status: spec.status ?? 'ACTIVE',
        organisationId: spec.organisation.id,
      }));
      const [row] = await db.write(createProfessionals, { professionals: rows });
      expect(row?.created).toBe(rows.length);
      return Object.fromEntries(
        rows.map((r) => [r.id.slice(prefix.length), ref(r.id, 'Professional')]),
      ) as Record<K, Ref>;
    },

    /** Sends registerCase; records the case it made for cleanup. */
    async register(input: Record<string, unknown>, options: { as?: string } = {}) {
      const response = await graphql<{ registerCase: Outcome<Registered> }>(
        app,
        registerMutation,
        { input },
        { cookie: options.as ?? actingFor({ input }) },
      );
      expect(response.errors).toBeUndefined();
      const result = response.data?.registerCase;
      if (!result) throw new Error('no registerCase result');
      if (result.data) {
        caseIds.push(fromGlobalId(result.data.case.id));
        const registrar = globalOrNull(input.organisationId);
        if (registrar) actingOrganisation.set(result.data.case.id, safeRawId(registrar));
      }
      return { result, response };
    },

    /** Sends a mutation that must answer without GraphQL errors; returns its one field. */
    async mutate<T>(
      query: string,
      variables: Record<string, unknown>,
      options: { as?: string } = {},
    ): Promise<Outcome<T>> {
      const response = await graphql<Record<string, Outcome<T>>>(app, query, variables, {
        cookie: options.as ?? actingFor(variables),
      });
      expect(response.errors).toBeUndefined();
      const [result] = Object.values(response.data ?? {});
      if (!result) throw new Error('no mutation result');
      // A requested handover is answered by its receiver from now on.
      const made = result.data as { id?: string; to?: { id?: string } } | undefined;
      const input = variables.input as Record<string, unknown> | undefined;
      const receiver = globalOrNull(input?.toOrganisationId);
      if (made?.id && receiver && result.__typename.includes('RequestHandover'))
        actingOrganisation.set(made.id, safeRawId(receiver));
      return result;
    },

    /**
     * Sends an operation the access rules must refuse before any resolver runs: one GraphQL
     * error, FORBIDDEN, and no data for any of its fields.
     */
    async refused(
      query: string,
      variables: Record<string, unknown>,
      options: { as?: string } = {},
    ) {
      const response = await graphql(app, query, variables, {
        cookie: options.as ?? actingFor(variables),
      });
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(Object.values(response.data ?? {}).filter((value) => value !== null)).toEqual([]);
      return response;
    },

    /** Runs a failing attempt and checks that the database, and this file's data in detail, stayed as they were. */
    async unchanged(attempt: () => Promise<void>) {
      const before = await state();
      await attempt();
      expect(await state()).toBe(before);
    },
  };
}

export type CaseTestScope = ReturnType<typeof caseTestScope>;

/** The raw id of a global id, or the text itself when it is not one (tests send broken ids too). */
function safeRawId(globalId: string): string {
  try {
    return fromGlobalId(globalId);
  } catch {
    return globalId;
  }
}
