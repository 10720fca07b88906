import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../seeds/accounts.js';
import { createAccess } from '../../server/src/auth/access.js';
import { hashPassword } from '../../server/src/auth/passwords.js';
import { lockout } from '../../server/src/auth/sign-in.js';
import { createTokens } from '../../server/src/auth/tokens.js';
import type { Viewer } from '../../server/src/auth/viewer.js';
import { developmentSessionSecret } from '../../server/src/config.js';
import { testApp } from '../support/app.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';

const db = connectTestDatabase();
const app = testApp(db);
const createAccount = testCypher<
  { id: string; email: string; role: string; passwordHash: string; professionalId: string },
  { id: string }
>('auth-create-account');
const createCase = testCypher<{ id: string; organisationId: string }, { id: string }>(
  'auth-create-case',
);
const pick = testCypher<
  object,
  {
    inRegion: { professionalId: string; organisationId: string }[];
    outside: { professionalId: string; organisationId: string };
  }
>('auth-pick-professionals');
const cleanup = testCypher<object, object>('auth-delete-test-data');
afterAll(() => db.write(cleanup, {}));

async function post(query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const response = await app.fetch('http://rizoom.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    response,
    body: (await response.json()) as {
      // biome-ignore lint/suspicious/noExplicitAny: response shapes vary per query; each test asserts the fields it reads
      data?: Record<string, any>;
      errors?: { extensions?: { code?: string } }[];
    },
  };
}

const signInMutation = `mutation($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    __typename
    ... on MutationSignInSuccess { data { email role organisation { id } } }
    ... on AuthenticationError { code message locked }
  } }`;
const viewerQuery = '{ viewer { email role } }';

async function signIn(email: string, password: string) {
  const { response, body } = await post(signInMutation, { email, password });
  const setCookie = response.headers.get('set-cookie') ?? '';
  return { result: body.data?.signIn, setCookie, cookie: setCookie.split(';')[0] ?? '' };
}

describe('signing in', () => {
  it('gives a demo account an HttpOnly, SameSite=Strict session cookie that identifies it', async () => {
    const { result, setCookie, cookie } = await signIn('Leerplicht@Rizoom.example ', demoPassword);
    expect(result).toMatchObject({
      __typename: 'MutationSignInSuccess',
      data: { email: 'leerplicht@rizoom.example', role: 'PROFESSIONAL' },
    });
    expect(setCookie).toMatch(/^rizoom_session=[^;]+;/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const { body } = await post(viewerQuery, {}, cookie);
    expect(body.data?.viewer).toEqual({ email: 'leerplicht@rizoom.example', role: 'PROFESSIONAL' });
  });

  it('answers a wrong password and an unknown address the same way, setting no cookie', async () => {
    const wrong = await signIn('regio@rizoom.example', 'not-the-password');
    const unknown = await signIn('nobody@rizoom.example', 'not-the-password');
    expect(wrong.result).toEqual({
      __typename: 'AuthenticationError',
      code: 'UNAUTHENTICATED',
      message: unknown.result?.message,
      locked: false,
    });
    expect(unknown.result?.__typename).toBe('AuthenticationError');
    expect(wrong.setCookie).toBe('');
  });

  it(`locks an account after ${lockout.maxAttempts} wrong passwords, refusing even the right one`, async () => {
    const [people] = await db.read(pick, {});
    const professionalId = people?.inRegion[0]?.professionalId ?? '';
    await db.write(createAccount, {
      id: 'test-auth-lock',
      email: 'test-auth-lock@rizoom.example',
      role: 'PROFESSIONAL',
      passwordHash: await hashPassword('right-password'),
      professionalId,
    });
    const attempts = [];
    for (let i = 0; i < lockout.maxAttempts; i++)
      attempts.push(await signIn('test-auth-lock@rizoom.example', `wrong-${i}`));
    expect(attempts.map((a) => a.result?.locked)).toEqual([
      ...Array(lockout.maxAttempts - 1).fill(false),
      true,
    ]);
    const right = await signIn('test-auth-lock@rizoom.example', 'right-password');
    expect(right.result).toMatchObject({ __typename: 'AuthenticationError', locked: true });
    expect(right.setCookie).toBe('');
  });
});

describe('sessions', () => {
  it('end with sign-out: the same token replayed afterwards is anonymous', async () => {
    const { cookie } = await signIn('school@rizoom.example', demoPassword);
    expect((await post(viewerQuery, {}, cookie)).body.data?.viewer?.email).toBe(
      'school@rizoom.example',
    );
    const out = await post('mutation { signOut }', {}, cookie);
    expect(out.body.data?.signOut).toBe(true);
    expect(out.response.headers.get('set-cookie')).toMatch(
      /rizoom_session=;.*Expires=Thu, 01 Jan 1970/i,
    );
    expect((await post(viewerQuery, {}, cookie)).body.data?.viewer).toBeNull();
  });

  it('refuse a forged, a tampered and an expired token', async () => {
    const { cookie } = await signIn('school@rizoom.example', demoPassword);
    const token = cookie.split('=')[1] ?? '';
    const sessionId = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString())
      .sid as string;
    const forged = await createTokens('someone-elses-secret-that-is-long-enough').sign(
      sessionId,
      new Date(Date.now() + 3_600_000),
    );
    const expired = await createTokens(developmentSessionSecret).sign(
      sessionId,
      new Date(Date.now() - 1_000),
    );
    const [header, payload] = token.split('.');
    const tampered = `${header}.${payload}.${'A'.repeat(43)}`;
    for (const bad of [forged, expired, tampered, 'garbage']) {
      expect((await post(viewerQuery, {}, `rizoom_session=${bad}`)).body.data?.viewer).toBeNull();
    }
    expect((await post(viewerQuery, {}, cookie)).body.data?.viewer?.email).toBe(
      'school@rizoom.example',
    );
  });
});

describe('access rules', () => {
  let people: {
    inRegion: { professionalId: string; organisationId: string }[];
    outside: { professionalId: string; organisationId: string };
  };
  const viewer = (
    role: Viewer['role'],
    organisationId: string | null,
    regionCodes: string[] = [],
  ): Viewer => ({
    accountId: 'test-auth-viewer',
    email: 'x@rizoom.example',
    role,
    professionalId: null,
    organisationId,
    regionCodes,
  });
  beforeAll(async () => {
    const [row] = await db.read(pick, {});
    if (!row || row.inRegion.length < 2) throw new Error('demo data lacks MC19 professionals');
    people = row;
    await db.write(createCase, {
      id: 'test-auth-case',
      organisationId: row.inRegion[0]?.organisationId ?? '',
    });
  });

  it('let only professionals of an involved organisation read a case, administrators not', async () => {
    const [involved, other] = people.inRegion;
    expect(
      await createAccess(db, viewer('PROFESSIONAL', involved?.organisationId ?? '')).canReadCase(
        'test-auth-case',
      ),
    ).toBe(true);
    expect(
      await createAccess(db, viewer('PROFESSIONAL', other?.organisationId ?? '')).canReadCase(
        'test-auth-case',
      ),
    ).toBe(false);
    expect(await createAccess(db, viewer('ADMIN', null)).canReadCase('test-auth-case')).toBe(false);
    expect(
      await createAccess(db, viewer('REGIONAL_COORDINATOR', null, ['MC19'])).canReadCase(
        'test-auth-case',
      ),
    ).toBe(false);
    expect(await createAccess(db, null).canReadCase('test-auth-case')).toBe(false);
  });

  it('limit network changes to one’s own organisation, one’s regions, or an administrator', async () => {
    const [own, sameRegion] = people.inRegion;
    const professional = createAccess(db, viewer('PROFESSIONAL', own?.organisationId ?? ''));
    expect(await professional.canEditOrganisation(own?.organisationId ?? '')).toBe(true);
    expect(await professional.canEditOrganisation(sameRegion?.organisationId ?? '')).toBe(false);
    const coordinator = createAccess(db, viewer('REGIONAL_COORDINATOR', null, ['MC19']));
    expect(await coordinator.canEditOrganisation(sameRegion?.organisationId ?? '')).toBe(true);
    expect(await coordinator.canEditOrganisation(people.outside.organisationId)).toBe(false);
    expect(await coordinator.canEditRegion(['GM0344', 'GM0310'])).toBe(true);
    expect(await coordinator.canEditRegion(['GM0344', 'GM0014'])).toBe(false);
    expect(
      await createAccess(db, viewer('ADMIN', null)).canEditOrganisation(
        people.outside.organisationId,
      ),
    ).toBe(true);
    expect(await professional.canEditProfessional(people.outside.professionalId)).toBe(false);
    expect(await coordinator.canEditProfessional(sameRegion?.professionalId ?? '')).toBe(true);
  });
});
