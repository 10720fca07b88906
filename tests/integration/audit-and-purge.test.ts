import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../seeds/accounts.js';
import { purgeExpiredCases } from '../../server/src/cases/purge.js';
import { testApp } from '../support/app.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';
import { fromGlobalId } from '../support/ids.js';

const db = connectTestDatabase();
const app = testApp(db);
const expire = testCypher<{ id: string }, { id: string }>('audit-expire-case');
const traces = testCypher<
  { id: string; handoverId: string; subjectKey: string },
  { cases: number; handovers: number; subjects: number }
>('audit-case-traces');
const subjectOf = testCypher<{ id: string }, { key: string }>('audit-subject-of-case');
const eventsFor = testCypher<
  { id: string },
  { action: string; operation: string; accountId: string | null }
>('audit-events-for-case');
const latestPurge = testCypher<object, { event: Record<string, unknown> }>('audit-latest-purge');

async function post(query: string, variables: Record<string, unknown>, cookie: string) {
  const response = await app.fetch('http://rizoom.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: response shapes vary per query; each test asserts the fields it reads
  return (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
}

async function signIn(email: string) {
  const response = await app.fetch('http://rizoom.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename } }',
      variables: { e: email, p: demoPassword },
    }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

let professional = '';
let admin = '';
let organisationId = '';
let accountId = '';
beforeAll(async () => {
  professional = await signIn('leerplicht@rizoom.example');
  admin = await signIn('beheer@rizoom.example');
  const viewer = await post('{ viewer { organisation { id } } }', {}, professional);
  organisationId = viewer.data?.viewer.organisation.id;
  expect(organisationId).toBeTruthy();
});

const register = `mutation($input: RegisterCaseInput!) { registerCase(input: $input) {
  __typename ... on MutationRegisterCaseSuccess { data { case { id } } } } }`;
async function registerCase(bsn: string) {
  const result = await post(
    register,
    {
      input: {
        bsn,
        kind: 'RELATIEF_VERZUIM',
        age: 13,
        municipalityCode: 'GM0344',
        needs: [],
        riskIndicators: [],
        organisationId,
      },
    },
    professional,
  );
  expect(result.data?.registerCase.__typename).toBe('MutationRegisterCaseSuccess');
  return fromGlobalId(result.data?.registerCase.data.case.id);
}

describe('the audit log', () => {
  let caseId = '';
  afterAll(async () => {
    if (caseId) await db.write(expire, { id: caseId });
    await purgeExpiredCases(db, '2100-01-01');
  });

  it('records who wrote and who read a case, and shows it to administrators only', async () => {
    caseId = await registerCase('111222333');
    const read = await post(
      'query($id: ID!) { case(id: $id) { id kind } }',
      { id: Buffer.from(`Case:${caseId}`).toString('base64') },
      professional,
    );
    expect(read.data?.case.kind).toBe('RELATIEF_VERZUIM');
    const events = await db.read(eventsFor, { id: caseId });
    accountId = events[0]?.accountId ?? '';
    expect(accountId).toBe('demo-account-leerplicht');
    expect(events.map((e) => `${e.action}:${e.operation}`)).toEqual(
      expect.arrayContaining(['WRITE:registerCase', 'READ:case']),
    );

    const listed = await post(
      'query($c: String) { auditEvents(first: 20, caseId: $c) { totalCount edges { node { action accountId } } } }',
      { c: caseId },
      admin,
    );
    expect(listed.data?.auditEvents.totalCount).toBe(events.length);
    const refused = await post(
      'query($c: String) { auditEvents(first: 20, caseId: $c) { totalCount } }',
      { c: caseId },
      professional,
    );
    expect(refused.data?.auditEvents ?? null).toBeNull();
    expect(JSON.stringify(refused.errors)).toMatch(/FORBIDDEN/);
  });
});

describe('the retention purge', () => {
  it('removes an expired case completely, keeps the rest, and logs only a count', async () => {
    const expired = await registerCase('123456782');
    const kept = await registerCase('100000009');
    const [subject] = await db.read(subjectOf, { id: expired });
    await db.write(expire, { id: expired });

    const result = await purgeExpiredCases(db, '2026-11-28', 'test-run');
    expect(result.purged).toBe(1);
    const [left] = await db.read(traces, {
      id: expired,
      handoverId: 'none',
      subjectKey: subject?.key ?? '',
    });
    expect(left).toEqual({ cases: 0, handovers: 0, subjects: 0 });
    const [still] = await db.read(traces, { id: kept, handoverId: 'none', subjectKey: 'none' });
    expect(still?.cases).toBe(1);

    const [purge] = await db.read(latestPurge, {});
    expect(purge?.event).toMatchObject({ action: 'PURGE', count: 1, accountId: 'test-run' });
    expect(purge?.event.caseId ?? null).toBeNull();
    expect(JSON.stringify(purge?.event)).not.toContain(expired);

    await db.write(expire, { id: kept });
    await purgeExpiredCases(db, '2026-11-28');
  });
});
