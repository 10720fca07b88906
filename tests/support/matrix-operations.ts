import { expect } from 'vitest';
import type { MatrixWorld, Who } from './matrix-world.js';
import { here, registrationBy } from './matrix-world.js';

// Every query and mutation that touches cases, the network, imports and templates, with the
// viewers the access rules allow (issue 5). A cell passes when the API allows exactly those.

export type Verdict = 'allow' | 'deny';
export interface Operation {
  name: string;
  area: 'cases' | 'network' | 'imports' | 'templates';
  allowed: readonly Who[];
  run: (w: MatrixWorld) => Promise<Verdict>;
}

type Response = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

const denied = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

/** Allowed: answered without an authorization error (and, for a mutation, successfully). */
export function verdict(response: Response, field: string, mutation = false): Verdict {
  const codes = (response.errors ?? []).map((e) => e.extensions?.code ?? e.message);
  if (codes.some((code) => denied.has(code))) {
    expect(response.data?.[field] ?? null, 'a denied field returns nothing').toBeNull();
    return 'deny';
  }
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  const result = response.data?.[field] as { __typename?: string } | null | undefined;
  if (mutation) expect(result?.__typename, JSON.stringify(result)).toMatch(/Success$/);
  else expect(result).not.toBeUndefined();
  return 'allow';
}

const outcome = '__typename ... on Error { code message }';
const mutate = (name: string, args: string, params: string) =>
  `mutation(${params}) { ${name}(${args}) { ${outcome} } }`;

async function registered(w: MatrixWorld) {
  const a = await w.asA();
  const response = await a<{ registerCase: { data?: { case: { id: string } } } }>(
    `mutation($input: RegisterCaseInput!) { registerCase(input: $input) {
       ... on MutationRegisterCaseSuccess { data { case { id } } } } }`,
    { input: registrationBy(w.orgA) },
  );
  const id = response.data?.registerCase.data?.case.id;
  if (!id) throw new Error(`setup: no case ${JSON.stringify(response)}`);
  w.remember(id);
  return id;
}

async function requested(w: MatrixWorld) {
  const caseId = await registered(w);
  const a = await w.asA();
  const response = await a<{ requestHandover: { data?: { id: string } } }>(
    `mutation($input: RequestHandoverInput!) { requestHandover(input: $input) {
       ... on MutationRequestHandoverSuccess { data { id } } } }`,
    {
      input: {
        caseId,
        fromOrganisationId: w.orgA.globalId,
        toOrganisationId: w.orgB.globalId,
        reason: 'VERZUIMMELDING',
        legalBasis: 'LEERPLICHTWET',
        warm: false,
      },
    },
  );
  const handoverId = response.data?.requestHandover.data?.id;
  if (!handoverId) throw new Error(`setup: no handover ${JSON.stringify(response)}`);
  return { caseId, handoverId };
}

async function accepted(w: MatrixWorld) {
  const made = await requested(w);
  const b = await w.asB();
  const response = await b(mutate('acceptHandover', 'id: $id', '$id: ID!'), {
    id: made.handoverId,
  });
  expect(JSON.stringify(response)).toContain('Success');
  return made;
}

async function tieAB(w: MatrixWorld) {
  const admin = await w.asAdmin();
  const response = await admin<{ createTie: { data?: { id: string } } }>(
    `mutation($input: CreateTieInput!) { createTie(input: $input) {
       ... on MutationCreateTieSuccess { data { id } } } }`,
    { input: { fromId: w.orgA.globalId, toId: w.orgB.globalId, kind: 'INFORMAL' } },
  );
  const id = response.data?.createTie.data?.id;
  if (!id) throw new Error(`setup: no tie ${JSON.stringify(response)}`);
  return id;
}

async function tableWithA(w: MatrixWorld) {
  const admin = await w.asAdmin();
  const response = await admin<{ createConsultationTable: { data?: { id: string } } }>(
    `mutation($input: CreateConsultationTableInput!) { createConsultationTable(input: $input) {
       ... on MutationCreateConsultationTableSuccess { data { id } } } }`,
    { input: { name: `Tafel ${w.prefix}`, kind: 'THUISZITTERSTAFEL', municipalityCodes: [here] } },
  );
  const id = response.data?.createConsultationTable.data?.id;
  if (!id) throw new Error(`setup: no table ${JSON.stringify(response)}`);
  const added = await admin(
    mutate('addTableMember', 'input: $input', '$input: AddTableMemberInput!'),
    { input: { tableId: id, memberId: w.orgA.globalId } },
  );
  expect(JSON.stringify(added)).toContain('Success');
  return id;
}

const signedIn: readonly Who[] = [
  'admin',
  'coordinatorHere',
  'coordinatorElsewhere',
  'professionalA',
  'professionalB',
  'professionalC',
];
const editorsOfA: readonly Who[] = ['admin', 'coordinatorHere', 'professionalA'];
const regionEditorsHere: readonly Who[] = ['admin', 'coordinatorHere'];

/** Runs a list query: 'allow' when the id is among what the viewer gets back. */
const sees = async (
  w: MatrixWorld,
  query: string,
  variables: Record<string, unknown>,
  field: string,
  id: string,
): Promise<Verdict> => {
  const response = await w.send(query, variables);
  if (verdict(response, field) === 'deny') return 'deny';
  return JSON.stringify(response.data).includes(id) ? 'allow' : 'deny';
};

export {
  accepted,
  editorsOfA,
  mutate,
  regionEditorsHere,
  registered,
  requested,
  sees,
  signedIn,
  tableWithA,
  tieAB,
};
