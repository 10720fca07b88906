import { createHmac } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { todayInAmsterdam } from '../../server/src/cases/dates.js';
import { retainUntil } from '../../server/src/cases/retention.js';
import { developmentPseudonymKey, loadConfig } from '../../server/src/config.js';
import { createDatabase } from '../../server/src/db/database.js';
import { createApp } from '../../server/src/http/app.js';
import { graphql, testApp } from '../support/app.js';
import {
  breakBsn,
  caseTestScope,
  type Outcome,
  type Ref,
  randomBsn,
  registerMutation,
} from '../support/cases.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';
import { fromGlobalId, toGlobalId } from '../support/ids.js';
import { adminViewer, professionalViewer, viewerCookie } from '../support/viewers.js';

const db = connectTestDatabase();
const app = testApp(db);
const scope = caseTestScope(db, app, 'cases');

const textOccurrences = testCypher<{ text: string }, { searched: number; hits: number }>(
  'cases-text-occurrences',
);
const coordinatorsOf = testCypher<{ id: string }, { coordinators: number }>('cases-coordinators');
const subjectOfCase = testCypher<
  { id: string },
  { key: string; properties: string[]; cases: number }
>('cases-subject-of-case');

const caseFields = `id kind status age needs riskIndicators openedAt closedAt retainUntil
  createdAt updatedAt coInvolved municipality { code } school { id } coordinator { id }
  involvements { role since organisation { id } } handovers { id }`;

type CaseView = {
  id: string;
  kind: string;
  status: string;
  age: number;
  needs: string[];
  riskIndicators: string[];
  openedAt: string;
  closedAt: string | null;
  retainUntil: string;
  createdAt: string;
  updatedAt: string;
  coInvolved: boolean;
  municipality: { code: string };
  school: { id: string } | null;
  coordinator: { id: string } | null;
  involvements: { role: string; since: string; organisation: { id: string } }[];
  handovers: { id: string }[];
};

/** Reads a case as a professional of an organisation involved in it (its registrar, mostly). */
async function readCase(id: string, organisation: Ref = orgs.leerplicht) {
  const response = await graphql<{ case: CaseView | null }>(
    app,
    `query($id: ID!) { case(id: $id) { ${caseFields} } }`,
    { id },
    { cookie: scope.as(organisation) },
  );
  expect(response.errors).toBeUndefined();
  return response.data?.case ?? null;
}

const caseMutation = (name: string, args: string, params: string) => /* GraphQL */ `
  mutation(${params}) {
    ${name}(${args}) {
      __typename
      ... on Mutation${name[0]?.toUpperCase()}${name.slice(1)}Success { data { ${caseFields} } }
      ... on Error { code message }
      ... on ValidationError { issues { field message } }
      ... on NotFoundError { entity id }
      ... on InvalidTransitionError { from attempted }
    }
  }`;
const updateMutation = caseMutation(
  'updateCase',
  'id: $id, input: $input',
  '$id: ID!, $input: UpdateCaseInput!',
);
const closeMutation = caseMutation('closeCase', 'id: $id', '$id: ID!');
const coordinatorMutation = caseMutation(
  'setCaseCoordinator',
  'caseId: $caseId, professionalId: $professionalId',
  '$caseId: ID!, $professionalId: ID!',
);
const involveMutation = caseMutation(
  'involveOrganisation',
  'caseId: $caseId, organisationId: $organisationId',
  '$caseId: ID!, $organisationId: ID!',
);

let orgs: Record<
  'leerplicht' | 'wijkteam' | 'school' | 'halt' | 'archived' | 'amersfoort' | 'rmc',
  Ref
>;
let people: Record<'officer' | 'worker' | 'haltWorker' | 'retired', Ref>;

beforeAll(async () => {
  orgs = await scope.organisations({
    leerplicht: { kind: 'LEERPLICHT' },
    wijkteam: { kind: 'WIJKTEAM' },
    school: { kind: 'SCHOOL_VO' },
    halt: { kind: 'HALT' },
    archived: { kind: 'WIJKTEAM', status: 'ARCHIVED' },
    amersfoort: { kind: 'LEERPLICHT', municipalityCode: 'GM0307' },
    rmc: { kind: 'RMC', municipalityCode: 'GM0307' },
  });
  people = await scope.professionals({
    officer: { organisation: orgs.leerplicht },
    worker: { organisation: orgs.wijkteam, role: 'WIJKTEAMMEDEWERKER' },
    haltWorker: { organisation: orgs.halt, role: 'HALT_MEDEWERKER' },
    retired: { organisation: orgs.leerplicht, status: 'ARCHIVED' },
  });
});

/** A valid registration by the leerplicht team in Utrecht; override what a test is about. */
const registration = (overrides: Record<string, unknown> = {}) => ({
  bsn: randomBsn(),
  kind: 'THUISZITTER',
  age: 14,
  municipalityCode: 'GM0344',
  needs: ['AUTISME', 'ONDERWIJS_OP_MAAT'],
  riskIndicators: ['RELATIEF_VERZUIM'],
  organisationId: orgs.leerplicht.globalId,
  ...overrides,
});

async function registered(overrides: Record<string, unknown> = {}) {
  const { result } = await scope.register(registration(overrides));
  if (!result.data) throw new Error(`registration failed: ${JSON.stringify(result)}`);
  return result.data;
}

describe('registerCase', () => {
  it('opens a case with its coded facts, the registering organisation involved', async () => {
    const { result } = await scope.register(
      registration({
        kind: 'ABSOLUUT_VERZUIM',
        age: 12,
        needs: ['ONDERWIJS_OP_MAAT', 'AUTISME', 'AUTISME'],
        riskIndicators: ['VERHUIZING', 'SCHOOLWISSEL'],
        schoolId: orgs.school.globalId,
        openedAt: '2026-01-15',
      }),
    );
    expect(result.__typename).toBe('MutationRegisterCaseSuccess');
    expect(result.data?.subjectAlreadyKnown).toBe(false);
    const stored = await readCase(result.data?.case.id ?? '');
    expect(stored).toMatchObject({
      kind: 'ABSOLUUT_VERZUIM',
      status: 'OPEN',
      age: 12,
      needs: ['AUTISME', 'ONDERWIJS_OP_MAAT'],
      riskIndicators: ['VERHUIZING', 'SCHOOLWISSEL'],
      openedAt: '2026-01-15',
      closedAt: null,
      retainUntil: '2033-12-31',
      coInvolved: false,
      municipality: { code: 'GM0344' },
      school: { id: orgs.school.globalId },
      coordinator: null,
      handovers: [],
    });
    expect(stored?.involvements).toEqual([
      {
        role: 'REGISTERED',
        since: expect.any(String),
        organisation: { id: orgs.leerplicht.globalId },
      },
    ]);
    expect(Date.parse(stored?.createdAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });

  it('opens today by default and keeps each kind as long as its retention rule says', async () => {
    const today = todayInAmsterdam();
    for (const [kind, age] of [
      ['RELATIEF_VERZUIM', 13],
      ['VSV', 18],
      ['VRIJSTELLING', 6],
    ] as const) {
      const data = await registered({ kind, age });
      const stored = await readCase(data.case.id);
      expect(stored?.openedAt).toBe(today);
      expect(data.case.retainUntil).toBe(retainUntil(kind, age, today));
    }
  });

  it('stores the young person only as the HMAC of the BSN: nowhere as the BSN itself', async () => {
    const bsn = randomBsn();
    const { result, response } = await scope.register(registration({ bsn }));
    const id = fromGlobalId(result.data?.case.id ?? '');
    const [subject] = await db.read(subjectOfCase, { id });
    const expectedKey = createHmac('sha256', developmentPseudonymKey).update(bsn).digest('hex');
    expect(subject).toEqual({ key: expectedKey, properties: ['key'], cases: 1 });

    const [inDatabase] = await db.read(textOccurrences, { text: bsn });
    const [sanity] = await db.read(textOccurrences, { text: id });
    expect(sanity?.hits).toBeGreaterThan(0);
    expect(inDatabase?.searched).toBeGreaterThan(1_000);
    expect(inDatabase?.hits).toBe(0);

    const everything = await graphql(
      app,
      `query($id: ID!) { case(id: $id) { ${caseFields} } cases(first: 100) { edges { node { ${caseFields} } } } }`,
      { id: result.data?.case.id },
      { cookie: scope.as(orgs.leerplicht) },
    );
    expect(everything.errors).toBeUndefined();
    expect(JSON.stringify(everything)).toContain(result.data?.case.id);
    for (const text of [JSON.stringify(response), JSON.stringify(everything)]) {
      expect(text).not.toContain(bsn);
      expect(text).not.toContain(expectedKey);
    }
  });

  it('logs neither the BSN nor its pseudonym, at the most talkative log level', async () => {
    let logged = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logged += String(chunk);
        done();
      },
    });
    const talkative = createApp({
      db,
      config: loadConfig({ NODE_ENV: 'test' }),
      logger: pino({ level: 'trace' }, sink),
    });
    // Sent by the leerplicht officer: a case is registered by one's own organisation.
    const cookie = await viewerCookie(db, professionalViewer(people.officer.id));
    const bsn = randomBsn();
    const key = createHmac('sha256', developmentPseudonymKey).update(bsn).digest('hex');
    const attempts = [
      registration({ bsn }),
      registration({ bsn }),
      registration({ bsn: breakBsn(bsn) }),
      registration({ bsn, municipalityCode: 'GM9999' }),
      registration({ bsn, organisationId: people.officer.globalId }),
    ];
    const outcomes: string[] = [];
    for (const input of attempts) {
      const response = await graphql<{ registerCase: Outcome<{ case: { id: string } }> }>(
        talkative,
        registerMutation,
        { input },
        { cookie },
      );
      const id = response.data?.registerCase?.data?.case.id;
      if (id) scope.caseIds.push(fromGlobalId(id));
      outcomes.push(
        response.data?.registerCase?.__typename ?? response.errors?.[0]?.extensions?.code ?? '',
      );
    }
    expect(outcomes).toEqual([
      'MutationRegisterCaseSuccess',
      'MutationRegisterCaseSuccess',
      'ValidationError',
      'NotFoundError',
      'BAD_USER_INPUT',
    ]);
    for (const secret of [bsn, breakBsn(bsn), key]) expect(logged).not.toContain(secret);
  });

  it('links a second registration of the same youth to the same subject: co-involvement', async () => {
    const bsn = randomBsn();
    const first = await registered({ bsn });
    expect(first.subjectAlreadyKnown).toBe(false);
    expect(first.case.coInvolved).toBe(false);

    const second = await registered({
      bsn,
      kind: 'SIGNAALVERZUIM',
      organisationId: orgs.wijkteam.globalId,
    });
    expect(second.subjectAlreadyKnown).toBe(true);
    expect(second.case.coInvolved).toBe(true);
    expect((await readCase(first.case.id))?.coInvolved).toBe(true);

    const [a] = await db.read(subjectOfCase, { id: fromGlobalId(first.case.id) });
    const [b] = await db.read(subjectOfCase, { id: fromGlobalId(second.case.id) });
    expect(a?.key).toBe(b?.key);
    expect(a?.cases).toBe(2);

    const stranger = await registered();
    expect(stranger.subjectAlreadyKnown).toBe(false);
    expect(stranger.case.coInvolved).toBe(false);

    // Co-involvement is about open cases: once one closes, the other stands alone again.
    await scope.mutate(closeMutation, { id: first.case.id });
    expect((await readCase(second.case.id, orgs.wijkteam))?.coInvolved).toBe(false);
    const third = await registered({ bsn, organisationId: orgs.amersfoort.globalId });
    expect(third.subjectAlreadyKnown).toBe(true);
    expect(third.case.coInvolved).toBe(true);
  });

  it('meets on one subject when the same youth is registered twice at the same moment', async () => {
    const bsn = randomBsn();
    const [a, b] = await Promise.all([
      scope.register(registration({ bsn })),
      scope.register(registration({ bsn, organisationId: orgs.wijkteam.globalId })),
    ]);
    const known = [a.result.data?.subjectAlreadyKnown, b.result.data?.subjectAlreadyKnown];
    expect(known.sort()).toEqual([false, true]);
    const [first] = await db.read(subjectOfCase, {
      id: fromGlobalId(a.result.data?.case.id ?? ''),
    });
    const [second] = await db.read(subjectOfCase, {
      id: fromGlobalId(b.result.data?.case.id ?? ''),
    });
    expect(first?.key).toBe(second?.key);
    expect(first?.cases).toBe(2);
  });

  it('refuses an invalid BSN naming the field, never echoing it, and stores nothing', async () => {
    for (const bsn of [breakBsn(randomBsn()), '000000000', '12345678', '1234567890', 'abcdefghi']) {
      let response: unknown;
      await scope.unchanged(async () => {
        const sent = await scope.register(registration({ bsn }));
        response = sent.response;
        expect(sent.result.__typename).toBe('ValidationError');
        expect(sent.result.code).toBe('VALIDATION_FAILED');
        expect(sent.result.issues?.map((issue) => issue.field)).toEqual(['input.bsn']);
      });
      expect(JSON.stringify(response)).not.toContain(bsn);
      const [inDatabase] = await db.read(textOccurrences, { text: bsn });
      expect(inDatabase?.hits).toBe(0);
    }
  });

  it('refuses each invalid field as VALIDATION_FAILED naming it, and changes nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ age: 3 }, 'input.age', 'at least 4'],
      [{ age: 28 }, 'input.age', 'at most 27'],
      [
        { municipalityCode: 'Utrecht' },
        'input.municipalityCode',
        'must be a CBS code such as GM0344',
      ],
      [{ openedAt: '2999-01-01' }, 'input.openedAt', 'must not be in the future'],
      [{ openedAt: '1999-12-31' }, 'input.openedAt', 'must be on or after 2000-01-01'],
    ];
    for (const [overrides, field, message] of cases) {
      await scope.unchanged(async () => {
        const { result } = await scope.register(registration(overrides));
        expect(result.__typename).toBe('ValidationError');
        expect(result.issues).toEqual([{ field, message }]);
      });
    }
  });

  it('reports unknown references as NOT_FOUND and changes nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ municipalityCode: 'GM9999' }, 'Municipality', 'GM9999'],
      [
        { schoolId: toGlobalId('Organisation', 'no-such-school') },
        'Organisation',
        'no-such-school',
      ],
    ];
    for (const [overrides, entity, id] of cases) {
      await scope.unchanged(async () => {
        const { result } = await scope.register(registration(overrides));
        expect(result).toMatchObject({
          __typename: 'NotFoundError',
          code: 'NOT_FOUND',
          entity,
          id,
        });
      });
    }
  });

  it('refuses an unknown registering organisation as FORBIDDEN: it is not the viewer’s own', async () => {
    // The access rule is checked before the resolver looks anything up, so an unknown
    // organisation id is refused like any other organisation but one's own.
    await scope.unchanged(async () => {
      await scope.refused(
        registerMutation,
        { input: registration({ organisationId: toGlobalId('Organisation', 'no-such-org') }) },
        { as: scope.as(orgs.leerplicht) },
      );
    });
  });

  it('refuses an archived organisation and a school that is not a school, changing nothing', async () => {
    await scope.unchanged(async () => {
      const { result } = await scope.register(
        registration({ organisationId: orgs.archived.globalId }),
      );
      expect(result.issues).toEqual([{ field: 'organisationId', message: 'is archived' }]);
    });
    await scope.unchanged(async () => {
      const { result } = await scope.register(registration({ schoolId: orgs.halt.globalId }));
      expect(result.issues).toEqual([{ field: 'schoolId', message: 'is not a school' }]);
    });
  });

  it('rejects an id of the wrong type as bad input, changing nothing', async () => {
    await scope.unchanged(async () => {
      const response = await graphql<{ registerCase: Outcome<unknown> }>(
        app,
        registerMutation,
        { input: registration({ organisationId: people.officer.globalId }) },
        { cookie: scope.as(orgs.leerplicht) },
      );
      expect(response.data?.registerCase ?? null).toBeNull();
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.message).toBe('The ID is not of type Organisation.');
      expect(JSON.stringify(response)).not.toMatch(/\.ts:\d+/);
    });
  });
});

describe('case queries', () => {
  // Cases of an RMC of their own in Amersfoort, so that filters can be checked exactly.
  const made: Record<string, string> = {};
  const inAmersfoort = () => ({
    municipalityCode: 'GM0307',
    organisationId: orgs.rmc.globalId,
  });

  beforeAll(async () => {
    const specs: [string, Record<string, unknown>][] = [
      ['young', { kind: 'THUISZITTER', age: 9, needs: ['AUTISME'], openedAt: '2026-01-10' }],
      [
        'middle',
        {
          kind: 'RELATIEF_VERZUIM',
          age: 14,
          needs: ['AUTISME', 'GGZ_JEUGD'],
          openedAt: '2026-02-10',
        },
      ],
      ['old', { kind: 'VSV', age: 19, needs: ['STAGE_WERK'], openedAt: '2026-03-10' }],
      [
        'closed',
        { kind: 'THUISZITTER', age: 15, needs: ['AUTISME', 'GGZ_JEUGD'], openedAt: '2026-01-20' },
      ],
    ];
    for (const [name, spec] of specs) {
      made[name] = (await registered({ ...inAmersfoort(), ...spec })).case.id;
    }
    await scope.mutate(closeMutation, { id: made.closed });
  });

  type Connection = {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: { id: string } }[];
  };
  /** A page of `cases`, as the RMC sees them unless another organisation is named. */
  async function page(args: Record<string, unknown>, viewer: Ref = orgs.rmc) {
    const response = await graphql<{ cases: Connection }>(
      app,
      `query($filter: CaseFilter, $orderBy: CaseOrder, $first: Int, $after: String) {
         cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
           totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
      args,
      { cookie: scope.as(viewer) },
    );
    expect(response.errors).toBeUndefined();
    const connection = response.data?.cases;
    if (!connection) throw new Error('no cases');
    return { ...connection, ids: connection.edges.map((edge) => edge.node.id) };
  }
  const mine = (filter: Record<string, unknown> = {}) => ({
    organisationId: orgs.rmc.globalId,
    ...filter,
  });

  it('reads a case by id and through node(id); null for an unknown one', async () => {
    const response = await graphql<{
      case: { id: string; kind: string } | null;
      node: { id: string; age?: number } | null;
      none: unknown;
    }>(
      app,
      `query($id: ID!, $none: ID!) {
         case(id: $id) { id kind }
         node(id: $id) { id ... on Case { age } }
         none: case(id: $none) { id } }`,
      { id: made.old, none: toGlobalId('Case', 'no-such-case') },
      { cookie: scope.as(orgs.rmc) },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      case: { id: made.old, kind: 'VSV' },
      node: { id: made.old, age: 19 },
      none: null,
    });
  });

  it('refuses a case by id to anyone whose organisation is not involved, administrators included', async () => {
    const query = `query($id: ID!) { case(id: $id) { id kind } }`;
    const byNode = `query($id: ID!) { node(id: $id) { id ... on Case { age } } }`;
    for (const viewer of [scope.as(orgs.leerplicht), scope.as(orgs.halt)]) {
      await scope.refused(query, { id: made.old }, { as: viewer });
      await scope.refused(byNode, { id: made.old }, { as: viewer });
    }
    await scope.refused(query, { id: made.old }, { as: await viewerCookie(db, adminViewer) });
    // Anonymous requests get nothing at all.
    const anonymous = await graphql(testApp(db, {}, null), query, { id: made.old });
    expect(anonymous.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.data?.case ?? null).toBeNull();
  });

  it('reports a malformed case id as bad input, without internals', async () => {
    const response = await graphql(app, '{ case(id: "not-a-global-id") { id } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response)).not.toMatch(/\.ts:\d+|stack/);
  });

  it('filters by organisation, kind, status, municipality, region and needs (all of them)', async () => {
    const all = await page({ filter: mine(), first: 50 });
    expect(all.totalCount).toBe(4);
    expect(all.ids).toEqual([made.old, made.middle, made.closed, made.young]);
    expect((await page({ filter: mine({ kinds: ['THUISZITTER'] }) })).ids).toEqual([
      made.closed,
      made.young,
    ]);
    expect((await page({ filter: mine({ statuses: ['OPEN'] }) })).totalCount).toBe(3);
    expect((await page({ filter: mine({ statuses: ['CLOSED'] }) })).ids).toEqual([made.closed]);
    expect((await page({ filter: mine({ needs: ['AUTISME', 'GGZ_JEUGD'] }) })).ids).toEqual([
      made.middle,
      made.closed,
    ]);
    expect((await page({ filter: mine({ municipalityCode: 'GM0307' }) })).totalCount).toBe(4);
    expect((await page({ filter: mine({ municipalityCode: 'GM0344' }) })).totalCount).toBe(0);
    expect((await page({ filter: mine({ regionCode: 'MC16' }) })).totalCount).toBe(4);
    expect((await page({ filter: mine({ regionCode: 'MC19' }) })).totalCount).toBe(0);
    const combined = await page({
      filter: mine({
        kinds: ['THUISZITTER', 'RELATIEF_VERZUIM'],
        statuses: ['OPEN'],
        needs: ['AUTISME'],
      }),
    });
    expect(combined.ids).toEqual([made.middle, made.young]);
  });

  it('finds every case of a region across organisations, as far as the viewer’s is involved', async () => {
    // In Utrecht (MC19): one the leerplicht team registered, one the wijkteam registered and
    // shared with it, and one of HALT alone; and one of the leerplicht team in Amersfoort.
    const utrecht = await registered({ municipalityCode: 'GM0344' });
    const shared = await registered({
      municipalityCode: 'GM0344',
      organisationId: orgs.wijkteam.globalId,
    });
    await scope.mutate(involveMutation, {
      caseId: shared.case.id,
      organisationId: orgs.leerplicht.globalId,
    });
    const haltOnly = await registered({
      municipalityCode: 'GM0344',
      organisationId: orgs.halt.globalId,
    });
    const elsewhere = await registered({ municipalityCode: 'GM0307' });
    const inUtrecht = async (viewer: Ref) => {
      const ids: string[] = [];
      let after: string | undefined;
      for (let i = 0; i < 100; i++) {
        const p = await page({ filter: { regionCode: 'MC19' }, first: 100, after }, viewer);
        ids.push(...p.ids);
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
      }
      return ids;
    };
    const seenByLeerplicht = await inUtrecht(orgs.leerplicht);
    expect(seenByLeerplicht).toContain(utrecht.case.id);
    expect(seenByLeerplicht).toContain(shared.case.id);
    expect(seenByLeerplicht).not.toContain(elsewhere.case.id);
    expect(seenByLeerplicht).not.toContain(made.young);
    // Cases of other organisations are not listed: no one learns of them.
    expect(seenByLeerplicht).not.toContain(haltOnly.case.id);
    const seenByHalt = await inUtrecht(orgs.halt);
    expect(seenByHalt).toContain(haltOnly.case.id);
    expect(seenByHalt).not.toContain(utrecht.case.id);
    expect(seenByHalt).not.toContain(shared.case.id);
  });

  it('sorts by age and by opening date, either way, and pages without gaps', async () => {
    const byAge = await page({ filter: mine(), orderBy: { field: 'AGE', direction: 'ASC' } });
    expect(byAge.ids).toEqual([made.young, made.middle, made.closed, made.old]);
    const byAgeDesc = await page({ filter: mine(), orderBy: { field: 'AGE', direction: 'DESC' } });
    expect(byAgeDesc.ids).toEqual([made.old, made.closed, made.middle, made.young]);
    const opened = await page({
      filter: mine(),
      orderBy: { field: 'OPENED_AT', direction: 'ASC' },
    });
    expect(opened.ids).toEqual([made.young, made.closed, made.middle, made.old]);

    const first = await page({
      filter: mine(),
      orderBy: { field: 'AGE', direction: 'ASC' },
      first: 3,
    });
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(4);
    const rest = await page({
      filter: mine(),
      orderBy: { field: 'AGE', direction: 'ASC' },
      first: 3,
      after: first.pageInfo.endCursor,
    });
    expect([...first.ids, ...rest.ids]).toEqual(byAge.ids);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('pages through an organisation’s cases, newest first, with totalCount', async () => {
    const casesOf = async (args: Record<string, unknown>, viewer: Ref = orgs.rmc) => {
      const response = await graphql<{
        organisation: {
          cases: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: { node: { id: string } }[];
          };
        };
      }>(
        app,
        `query($id: ID!, $first: Int, $after: String, $statuses: [CaseStatus!]) {
           organisation(id: $id) { cases(first: $first, after: $after, statuses: $statuses) {
             totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`,
        { id: orgs.rmc.globalId, ...args },
        { cookie: scope.as(viewer) },
      );
      expect(response.errors).toBeUndefined();
      const connection = response.data?.organisation.cases;
      if (!connection) throw new Error('no cases');
      return { ...connection, ids: connection.edges.map((edge) => edge.node.id) };
    };
    const first = await casesOf({ first: 2 });
    expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    expect(first.ids).toEqual([made.old, made.middle]);
    const rest = await casesOf({ first: 2, after: first.pageInfo.endCursor });
    expect(rest.ids).toEqual([made.closed, made.young]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect((await casesOf({ statuses: ['CLOSED'] })).ids).toEqual([made.closed]);
    // To an organisation involved in none of them, the RMC has no cases at all.
    expect(await casesOf({ first: 10 }, orgs.halt)).toMatchObject({ totalCount: 0, ids: [] });
  });

  it('lists the cases of many organisations in as many queries as for one', async () => {
    // Seen by the RMC: its own open cases, and of the other organisations only the cases it
    // shares with them. Two of its cases it shares with the leerplicht team.
    for (const id of [made.old, made.middle]) {
      await scope.mutate(involveMutation, { caseId: id, organisationId: orgs.leerplicht.globalId });
    }
    const counted = async (organisations: Ref[]) => {
      const queries: string[] = [];
      const countingDb = createDatabase({
        ...inject('neo4j'),
        onQuery: (name) => queries.push(name),
      });
      try {
        const response = await graphql<{
          nodes: { cases: { totalCount: number; edges: { node: { id: string } }[] } }[];
        }>(
          testApp(countingDb),
          `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Organisation {
             cases(first: 10, statuses: [OPEN]) { totalCount edges { node { id needs coInvolved
               municipality { code } involvements { role organisation { name } }
               handovers { id } } } } } } }`,
          { ids: organisations.map((o) => o.globalId) },
          { cookie: scope.as(orgs.rmc) },
        );
        expect(response.errors).toBeUndefined();
        return { nodes: response.data?.nodes ?? [], queries };
      } finally {
        await countingDb.close();
      }
    };
    const one = await counted([orgs.rmc]);
    const many = await counted([orgs.rmc, orgs.leerplicht, orgs.wijkteam, orgs.halt]);

    const [rmcCases, leerplichtCases, wijkteamCases, haltCases] = many.nodes;
    expect(rmcCases?.cases.totalCount).toBe(3);
    expect(rmcCases?.cases.edges.map((e) => e.node.id)).toEqual([
      made.old,
      made.middle,
      made.young,
    ]);
    expect(one.nodes[0]).toEqual(rmcCases);
    // The leerplicht team and the wijkteam have many cases of their own in this file; the RMC
    // sees only those it is involved in too.
    expect(leerplichtCases?.cases.totalCount).toBe(2);
    expect(leerplichtCases?.cases.edges.map((e) => e.node.id)).toEqual([made.old, made.middle]);
    expect(wijkteamCases?.cases).toEqual({ totalCount: 0, edges: [] });
    expect(haltCases?.cases).toEqual({ totalCount: 0, edges: [] });
    // The same statements for one organisation or four (the session lookup and the access checks
    // included); each of ours once. Organisations load at two depths (the list, and those
    // involved in its cases), so at most twice.
    const distinct = (names: string[]) => [...new Set(names)].sort();
    expect(distinct(many.queries)).toEqual(distinct(one.queries));
    for (const name of distinct(many.queries)) {
      const times = many.queries.filter((query) => query === name).length;
      expect(times, name).toBeLessThanOrEqual(name === 'network/organisations-by-id' ? 2 : 1);
    }
    expect(many.queries).toEqual(
      expect.arrayContaining([
        'auth/session-viewer',
        'auth/cases-involving',
        'cases/cases-of-organisations',
        'cases/cases-by-id',
        'cases/involvements-of-cases',
        'handovers/handovers-of-cases',
      ]),
    );
  });
});

describe('updateCase', () => {
  it('corrects kind, age, needs, indicators, municipality and school; retainUntil follows', async () => {
    const registeredCase = await registered({
      kind: 'THUISZITTER',
      age: 14,
      openedAt: '2026-02-02',
      schoolId: orgs.school.globalId,
    });
    const before = await readCase(registeredCase.case.id);
    const result = await scope.mutate<CaseView>(updateMutation, {
      id: registeredCase.case.id,
      input: {
        kind: 'KWETSBARE_POSITIE',
        age: 17,
        needs: ['STAGE_WERK'],
        riskIndicators: ['OVERGANG_VO_MBO'],
        municipalityCode: 'GM0307',
      },
    });
    expect(result.data).toMatchObject({
      kind: 'KWETSBARE_POSITIE',
      age: 17,
      needs: ['STAGE_WERK'],
      riskIndicators: ['OVERGANG_VO_MBO'],
      municipality: { code: 'GM0307' },
      school: { id: orgs.school.globalId },
      openedAt: '2026-02-02',
      retainUntil: retainUntil('KWETSBARE_POSITIE', 17, '2026-02-02'),
      status: 'OPEN',
    });
    expect(result.data?.retainUntil).not.toBe(before?.retainUntil);
    expect(Date.parse(result.data?.updatedAt ?? '')).toBeGreaterThan(
      Date.parse(before?.updatedAt ?? ''),
    );

    const cleared = await scope.mutate<CaseView>(updateMutation, {
      id: registeredCase.case.id,
      input: { schoolId: null, needs: [] },
    });
    expect(cleared.data).toMatchObject({
      school: null,
      needs: [],
      kind: 'KWETSBARE_POSITIE',
      riskIndicators: ['OVERGANG_VO_MBO'],
    });
  });

  it('refuses what cannot be, changing nothing', async () => {
    const open = await registered();
    const closed = await registered();
    await scope.mutate(closeMutation, { id: closed.case.id });
    const attempts: [Record<string, unknown>, Record<string, unknown>][] = [
      [
        { id: closed.case.id, input: { age: 10 } },
        { code: 'INVALID_TRANSITION', from: 'CLOSED', attempted: 'updated' },
      ],
      [
        { id: open.case.id, input: { schoolId: orgs.wijkteam.globalId } },
        { code: 'VALIDATION_FAILED', issues: [{ field: 'schoolId', message: 'is not a school' }] },
      ],
      [
        { id: open.case.id, input: { municipalityCode: 'GM9999' } },
        { code: 'NOT_FOUND', entity: 'Municipality' },
      ],
      [
        { id: open.case.id, input: { age: 30 } },
        { code: 'VALIDATION_FAILED', issues: [{ field: 'input.age', message: 'at most 27' }] },
      ],
    ];
    for (const [variables, expected] of attempts) {
      await scope.unchanged(async () => {
        expect(await scope.mutate(updateMutation, variables)).toMatchObject(expected);
      });
    }
    // An unknown case is refused by the access rule before anything is looked up: FORBIDDEN,
    // as for a case one is not involved in, so that no one can probe which cases exist.
    await scope.unchanged(async () => {
      await scope.refused(
        updateMutation,
        { id: toGlobalId('Case', 'no-such-case'), input: { age: 10 } },
        { as: scope.as(orgs.leerplicht) },
      );
    });
  });
});

describe('closeCase', () => {
  it('closes an open case today, and refuses to close it twice', async () => {
    const open = await registered();
    const closed = await scope.mutate<CaseView>(closeMutation, { id: open.case.id });
    expect(closed.data).toMatchObject({ status: 'CLOSED', closedAt: todayInAmsterdam() });
    await scope.unchanged(async () => {
      expect(await scope.mutate(closeMutation, { id: open.case.id })).toMatchObject({
        __typename: 'InvalidTransitionError',
        code: 'INVALID_TRANSITION',
        from: 'CLOSED',
        attempted: 'closed',
        message: 'A case that is CLOSED cannot be closed.',
      });
    });
    // An unknown case: FORBIDDEN before anything is looked up (no probing which cases exist).
    await scope.unchanged(async () => {
      await scope.refused(
        closeMutation,
        { id: toGlobalId('Case', 'gone') },
        { as: scope.as(orgs.leerplicht) },
      );
    });
  });
});

describe('setCaseCoordinator', () => {
  it('gives the regie to one professional of an involved organisation at a time', async () => {
    const open = await registered();
    const first = await scope.mutate<CaseView>(coordinatorMutation, {
      caseId: open.case.id,
      professionalId: people.officer.globalId,
    });
    expect(first.data?.coordinator).toEqual({ id: people.officer.globalId });

    await scope.mutate(involveMutation, {
      caseId: open.case.id,
      organisationId: orgs.wijkteam.globalId,
    });
    const second = await scope.mutate<CaseView>(coordinatorMutation, {
      caseId: open.case.id,
      professionalId: people.worker.globalId,
    });
    expect(second.data?.coordinator).toEqual({ id: people.worker.globalId });
    const response = await graphql<{ professional: unknown }>(
      app,
      'query($id: ID!) { node(id: $id) { ... on Case { coordinator { id } } } }',
      { id: open.case.id },
      { cookie: scope.as(orgs.wijkteam) },
    );
    expect(response.data).toEqual({ node: { coordinator: { id: people.worker.globalId } } });
  });

  it('leaves exactly one coordinator when two are set at the same moment', async () => {
    const open = await registered();
    await scope.mutate(involveMutation, {
      caseId: open.case.id,
      organisationId: orgs.wijkteam.globalId,
    });
    const results = await Promise.all(
      [people.officer, people.worker, people.officer, people.worker].map((person) =>
        scope.mutate<CaseView>(coordinatorMutation, {
          caseId: open.case.id,
          professionalId: person.globalId,
        }),
      ),
    );
    expect(results.every((result) => result.data)).toBe(true);
    const [count] = await db.read(coordinatorsOf, { id: fromGlobalId(open.case.id) });
    expect(count?.coordinators).toBe(1);
  });

  it('refuses an unknown, uninvolved or archived professional and a closed case, changing nothing', async () => {
    const open = await registered();
    const closed = await registered();
    await scope.mutate(closeMutation, { id: closed.case.id });
    const attempts: [Record<string, unknown>, Record<string, unknown>][] = [
      [
        { caseId: open.case.id, professionalId: toGlobalId('Professional', 'nobody') },
        { code: 'NOT_FOUND', entity: 'Professional', id: 'nobody' },
      ],
      [
        { caseId: open.case.id, professionalId: people.haltWorker.globalId },
        {
          code: 'VALIDATION_FAILED',
          issues: [
            { field: 'professionalId', message: 'works at no organisation involved in this case' },
          ],
        },
      ],
      [
        { caseId: open.case.id, professionalId: people.retired.globalId },
        {
          code: 'VALIDATION_FAILED',
          issues: [{ field: 'professionalId', message: 'is archived' }],
        },
      ],
      [
        { caseId: closed.case.id, professionalId: people.officer.globalId },
        { code: 'INVALID_TRANSITION', from: 'CLOSED' },
      ],
    ];
    for (const [variables, expected] of attempts) {
      await scope.unchanged(async () => {
        expect(await scope.mutate(coordinatorMutation, variables)).toMatchObject(expected);
      });
    }
    // An unknown case: FORBIDDEN before anything is looked up (no probing which cases exist).
    await scope.unchanged(async () => {
      await scope.refused(
        coordinatorMutation,
        { caseId: toGlobalId('Case', 'none'), professionalId: people.officer.globalId },
        { as: scope.as(orgs.leerplicht) },
      );
    });
  });
});

describe('involveOrganisation', () => {
  it('involves an organisation once; involving it again changes nothing', async () => {
    const open = await registered();
    const result = await scope.mutate<CaseView>(involveMutation, {
      caseId: open.case.id,
      organisationId: orgs.halt.globalId,
    });
    expect(result.data?.involvements.map((i) => [i.role, i.organisation.id])).toEqual([
      ['REGISTERED', orgs.leerplicht.globalId],
      ['ADDED', orgs.halt.globalId],
    ]);
    await scope.unchanged(async () => {
      const again = await scope.mutate<CaseView>(involveMutation, {
        caseId: open.case.id,
        organisationId: orgs.halt.globalId,
      });
      expect(again.data?.involvements).toEqual(result.data?.involvements);
    });
    // A demo organisation may be involved too; it shows the case among its cases (to those
    // who see the case: the registering organisation here).
    const demo = toGlobalId('Organisation', 'demo-org-00001');
    await scope.mutate(involveMutation, { caseId: open.case.id, organisationId: demo });
    const response = await graphql<{
      organisation: { cases: { edges: { node: { id: string } }[] } };
    }>(
      app,
      'query($id: ID!) { organisation(id: $id) { cases(first: 100) { edges { node { id } } } } }',
      { id: demo },
      { cookie: scope.as(orgs.leerplicht) },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.organisation.cases.edges.map((e) => e.node.id)).toContain(open.case.id);
  });

  it('refuses an unknown or archived organisation and a closed case, changing nothing', async () => {
    const open = await registered();
    const closed = await registered();
    await scope.mutate(closeMutation, { id: closed.case.id });
    const attempts: [Record<string, unknown>, Record<string, unknown>][] = [
      [
        { caseId: open.case.id, organisationId: toGlobalId('Organisation', 'nobody') },
        { code: 'NOT_FOUND', entity: 'Organisation' },
      ],
      [
        { caseId: open.case.id, organisationId: orgs.archived.globalId },
        {
          code: 'VALIDATION_FAILED',
          issues: [{ field: 'organisationId', message: 'is archived' }],
        },
      ],
      [
        { caseId: closed.case.id, organisationId: orgs.halt.globalId },
        { code: 'INVALID_TRANSITION', from: 'CLOSED', attempted: 'shared' },
      ],
    ];
    for (const [variables, expected] of attempts) {
      await scope.unchanged(async () => {
        expect(await scope.mutate(involveMutation, variables)).toMatchObject(expected);
      });
    }
    // An unknown case: FORBIDDEN before anything is looked up (no probing which cases exist).
    await scope.unchanged(async () => {
      await scope.refused(
        involveMutation,
        { caseId: toGlobalId('Case', 'none'), organisationId: orgs.halt.globalId },
        { as: scope.as(orgs.leerplicht) },
      );
    });
  });
});

describe('the access rules for cases', () => {
  it('lets an organisation register only for itself, changing nothing otherwise', async () => {
    await scope.unchanged(async () => {
      await scope.refused(
        registerMutation,
        { input: registration({ organisationId: orgs.wijkteam.globalId }) },
        { as: scope.as(orgs.leerplicht) },
      );
    });
  });

  it('lets only an involved organisation change a case, changing nothing otherwise', async () => {
    const open = await registered();
    const halt = { as: scope.as(orgs.halt) };
    await scope.unchanged(async () => {
      await scope.refused(updateMutation, { id: open.case.id, input: { age: 10 } }, halt);
      await scope.refused(closeMutation, { id: open.case.id }, halt);
      await scope.refused(
        coordinatorMutation,
        { caseId: open.case.id, professionalId: people.haltWorker.globalId },
        halt,
      );
      await scope.refused(
        involveMutation,
        { caseId: open.case.id, organisationId: orgs.halt.globalId },
        halt,
      );
    });
    // Once involved, it may.
    await scope.mutate(involveMutation, {
      caseId: open.case.id,
      organisationId: orgs.halt.globalId,
    });
    const updated = await scope.mutate<CaseView>(
      updateMutation,
      { id: open.case.id, input: { age: 10 } },
      halt,
    );
    expect(updated.data?.age).toBe(10);
  });
});
