import { beforeAll, describe, expect, it } from 'vitest';
import type { HandoverAction } from '../../server/src/handovers/state-machine.js';
import { graphql, testApp } from '../support/app.js';
import { caseTestScope, type Ref, randomBsn } from '../support/cases.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';
import { fromGlobalId, toGlobalId } from '../support/ids.js';

const db = connectTestDatabase();
const app = testApp(db);
const scope = caseTestScope(db, app, 'handovers');

const backdate = testCypher<{ id: string; hours: number }, { id: string }>(
  'cases-backdate-handover',
);

const handoverFields = `id reason legalBasis warm status requestedAt acceptedAt declinedAt
  completedAt declineReason durationToAcceptDays case { id } from { id } to { id }
  fromProfessional { id } toProfessional { id }`;

type HandoverView = {
  id: string;
  reason: string;
  legalBasis: string;
  warm: boolean;
  status: string;
  requestedAt: string;
  acceptedAt: string | null;
  declinedAt: string | null;
  completedAt: string | null;
  declineReason: string | null;
  durationToAcceptDays: number | null;
  case: { id: string };
  from: { id: string };
  to: { id: string };
  fromProfessional: { id: string } | null;
  toProfessional: { id: string } | null;
};

const outcome = `
  __typename
  ... on Error { code message }
  ... on ValidationError { issues { field message } }
  ... on NotFoundError { entity id }
  ... on ConflictError { field }
  ... on InvalidTransitionError { from attempted }`;
const requestMutation = /* GraphQL */ `
  mutation($input: RequestHandoverInput!) {
    requestHandover(input: $input) {
      ... on MutationRequestHandoverSuccess { data { ${handoverFields} } }
      ${outcome}
    }
  }`;
const transitionMutations: Record<HandoverAction, string> = {
  accept: `mutation($id: ID!) { acceptHandover(id: $id) {
    ... on MutationAcceptHandoverSuccess { data { ${handoverFields} } } ${outcome} } }`,
  // Without `case`: a receiver that declines never becomes involved, so may not see the case.
  decline: `mutation($id: ID!, $reason: HandoverDeclineReason!) { declineHandover(id: $id, reason: $reason) {
    ... on MutationDeclineHandoverSuccess { data { ${handoverFields.replace('case { id }', '')} } }
    ${outcome} } }`,
  complete: `mutation($id: ID!) { completeHandover(id: $id) {
    ... on MutationCompleteHandoverSuccess { data { ${handoverFields} } } ${outcome} } }`,
};

let orgs: Record<'school' | 'leerplicht' | 'wijkteam' | 'halt' | 'archived' | 'other', Ref>;
let people: Record<'mentor' | 'officer' | 'worker' | 'haltWorker', Ref>;

beforeAll(async () => {
  orgs = await scope.organisations({
    school: { kind: 'SCHOOL_VO' },
    leerplicht: { kind: 'LEERPLICHT' },
    wijkteam: { kind: 'WIJKTEAM' },
    halt: { kind: 'HALT' },
    archived: { kind: 'JEUGDZORG', status: 'ARCHIVED' },
    other: { kind: 'GGD' },
  });
  people = await scope.professionals({
    mentor: { organisation: orgs.school, role: 'ZORGCOORDINATOR' },
    officer: { organisation: orgs.leerplicht },
    worker: { organisation: orgs.wijkteam, role: 'WIJKTEAMMEDEWERKER' },
    haltWorker: { organisation: orgs.halt, role: 'HALT_MEDEWERKER' },
  });
});

/** A new case registered by the school; returns its global id. */
async function newCase(organisation: Ref = orgs.school) {
  const { result } = await scope.register({
    bsn: randomBsn(),
    kind: 'RELATIEF_VERZUIM',
    age: 15,
    municipalityCode: 'GM0344',
    schoolId: orgs.school.globalId,
    needs: [],
    riskIndicators: ['RELATIEF_VERZUIM'],
    organisationId: organisation.globalId,
  });
  if (!result.data) throw new Error(JSON.stringify(result));
  return result.data.case.id;
}

/** A handover from the school to the leerplicht team; override what a test is about. */
const requestInput = (caseId: string, overrides: Record<string, unknown> = {}) => ({
  caseId,
  fromOrganisationId: orgs.school.globalId,
  toOrganisationId: orgs.leerplicht.globalId,
  reason: 'VERZUIMMELDING',
  legalBasis: 'LEERPLICHTWET',
  warm: false,
  ...overrides,
});

/** Sent by the sending organisation, as the rules require. */
const request = (caseId: string, overrides: Record<string, unknown> = {}) =>
  scope.mutate<HandoverView>(requestMutation, { input: requestInput(caseId, overrides) });

async function requested(caseId: string, overrides: Record<string, unknown> = {}) {
  const result = await request(caseId, overrides);
  if (!result.data) throw new Error(JSON.stringify(result));
  return result.data;
}

const act = (action: HandoverAction, id: string) =>
  scope.mutate<HandoverView>(transitionMutations[action], {
    id,
    ...(action === 'decline' ? { reason: 'NO_CAPACITY' } : {}),
  });

/** The organisations involved in a case, as the school (which registers them) sees it. */
async function involvementsOf(caseId: string, viewer: Ref = orgs.school) {
  const response = await graphql<{
    case: { involvements: { role: string; organisation: { id: string } }[] };
  }>(
    app,
    'query($id: ID!) { case(id: $id) { involvements { role organisation { id } } } }',
    { id: caseId },
    { cookie: scope.as(viewer) },
  );
  expect(response.errors).toBeUndefined();
  return response.data?.case.involvements ?? [];
}

/** A handover brought to the given status along the allowed path. */
async function handoverIn(status: 'REQUESTED' | 'ACCEPTED' | 'DECLINED' | 'COMPLETED') {
  const handover = await requested(await newCase());
  if (status === 'ACCEPTED' || status === 'COMPLETED') await act('accept', handover.id);
  if (status === 'COMPLETED') await act('complete', handover.id);
  if (status === 'DECLINED') await act('decline', handover.id);
  return handover.id;
}

describe('requestHandover', () => {
  it('records a requested handover with its coded reason, legal basis and professionals', async () => {
    const caseId = await newCase();
    const result = await request(caseId, {
      fromProfessionalId: people.mentor.globalId,
      toProfessionalId: people.officer.globalId,
      warm: true,
    });
    expect(result.__typename).toBe('MutationRequestHandoverSuccess');
    expect(result.data).toMatchObject({
      reason: 'VERZUIMMELDING',
      legalBasis: 'LEERPLICHTWET',
      warm: true,
      status: 'REQUESTED',
      acceptedAt: null,
      declinedAt: null,
      completedAt: null,
      declineReason: null,
      durationToAcceptDays: null,
      case: { id: caseId },
      from: { id: orgs.school.globalId },
      to: { id: orgs.leerplicht.globalId },
      fromProfessional: { id: people.mentor.globalId },
      toProfessional: { id: people.officer.globalId },
    });
    expect(Date.parse(result.data?.requestedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    // Requesting does not yet involve the receiver.
    expect((await involvementsOf(caseId)).map((i) => i.organisation.id)).toEqual([
      orgs.school.globalId,
    ]);
  });

  it('refuses unknown references as NOT_FOUND, changing nothing', async () => {
    const caseId = await newCase();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ toOrganisationId: toGlobalId('Organisation', 'nobody') }, 'Organisation', 'nobody'],
      [{ toProfessionalId: toGlobalId('Professional', 'no-one') }, 'Professional', 'no-one'],
    ];
    for (const [overrides, entity, id] of cases) {
      await scope.unchanged(async () => {
        const result = await request(caseId, overrides);
        expect(result).toMatchObject({
          __typename: 'NotFoundError',
          code: 'NOT_FOUND',
          entity,
          id,
        });
      });
    }
    // An unknown case or sender is refused by the access rules before anything is looked up:
    // FORBIDDEN, as for a case or organisation not one's own (no probing which exist).
    for (const overrides of [
      { caseId: toGlobalId('Case', 'no-such-case') },
      { fromOrganisationId: toGlobalId('Organisation', 'nobody') },
    ]) {
      await scope.unchanged(async () => {
        await scope.refused(
          requestMutation,
          { input: requestInput(caseId, overrides) },
          { as: scope.as(orgs.school) },
        );
      });
    }
  });

  it('refuses what breaks the rules as VALIDATION_FAILED naming the field, changing nothing', async () => {
    const caseId = await newCase();
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { toOrganisationId: orgs.school.globalId },
        'toOrganisationId',
        'must differ from fromOrganisationId',
      ],
      [{ toOrganisationId: orgs.archived.globalId }, 'toOrganisationId', 'is archived'],
      [
        { fromProfessionalId: people.officer.globalId },
        'fromProfessionalId',
        'does not work at fromOrganisationId',
      ],
      [
        { toProfessionalId: people.haltWorker.globalId },
        'toProfessionalId',
        'does not work at toOrganisationId',
      ],
    ];
    for (const [overrides, field, message] of cases) {
      await scope.unchanged(async () => {
        const result = await request(caseId, overrides);
        expect(result.code).toBe('VALIDATION_FAILED');
        expect(result.issues).toEqual([{ field, message }]);
      });
    }
    // A sender not involved in the case: the access rules refuse it (FORBIDDEN) before the
    // resolver could say so, whether sent by its own professional or by the school's.
    for (const sender of [orgs.wijkteam, orgs.school]) {
      await scope.unchanged(async () => {
        await scope.refused(
          requestMutation,
          { input: requestInput(caseId, { fromOrganisationId: orgs.wijkteam.globalId }) },
          { as: scope.as(sender) },
        );
      });
    }
  });

  it('refuses a second unfinished handover between the same two, as CONFLICT', async () => {
    const caseId = await newCase();
    const first = await requested(caseId);
    await scope.unchanged(async () => {
      const result = await request(caseId);
      expect(result).toMatchObject({ code: 'CONFLICT', field: 'toOrganisationId' });
    });
    await act('accept', first.id);
    await scope.unchanged(async () => {
      expect((await request(caseId)).code).toBe('CONFLICT');
    });
    await act('complete', first.id);
    expect((await request(caseId)).__typename).toBe('MutationRequestHandoverSuccess');
  });

  it('lets only one of two identical requests at the same moment through', async () => {
    const caseId = await newCase();
    const results = await Promise.all([request(caseId), request(caseId)]);
    expect(results.map((result) => result.__typename).sort()).toEqual([
      'ConflictError',
      'MutationRequestHandoverSuccess',
    ]);
  });

  it('refuses to hand over a closed case, as INVALID_TRANSITION', async () => {
    const caseId = await newCase();
    await scope.mutate(`mutation($id: ID!) { closeCase(id: $id) { __typename } }`, { id: caseId });
    await scope.unchanged(async () => {
      const result = await request(caseId);
      expect(result).toMatchObject({
        code: 'INVALID_TRANSITION',
        from: 'CLOSED',
        attempted: 'handed over',
      });
    });
  });
});

describe('the handover lifecycle', () => {
  it('goes requested → accepted → completed; accepting involves the receiver', async () => {
    const caseId = await newCase();
    const handover = await requested(caseId, { toProfessionalId: people.officer.globalId });
    await db.write(backdate, { id: fromGlobalId(handover.id), hours: 36 });

    const accepted = await act('accept', handover.id);
    expect(accepted.data).toMatchObject({ status: 'ACCEPTED', completedAt: null });
    expect(Date.parse(accepted.data?.acceptedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    expect(accepted.data?.durationToAcceptDays).toBeGreaterThanOrEqual(1.5);
    expect(accepted.data?.durationToAcceptDays).toBeLessThan(1.52);
    expect(await involvementsOf(caseId)).toEqual([
      { role: 'REGISTERED', organisation: { id: orgs.school.globalId } },
      { role: 'HANDOVER', organisation: { id: orgs.leerplicht.globalId } },
    ]);

    const completed = await act('complete', handover.id);
    expect(completed.data).toMatchObject({
      status: 'COMPLETED',
      acceptedAt: accepted.data?.acceptedAt,
      durationToAcceptDays: accepted.data?.durationToAcceptDays,
    });
    expect(Date.parse(completed.data?.completedAt ?? '')).toBeGreaterThanOrEqual(
      Date.parse(accepted.data?.acceptedAt ?? ''),
    );
  });

  it('goes requested → declined with a coded reason; the receiver stays uninvolved', async () => {
    const caseId = await newCase();
    const handover = await requested(caseId, { toOrganisationId: orgs.halt.globalId });
    const declined = await act('decline', handover.id);
    expect(declined.data).toMatchObject({
      status: 'DECLINED',
      declineReason: 'NO_CAPACITY',
      acceptedAt: null,
      durationToAcceptDays: null,
    });
    expect(declined.data?.declinedAt).not.toBeNull();
    expect((await involvementsOf(caseId)).map((i) => i.organisation.id)).toEqual([
      orgs.school.globalId,
    ]);
    // Uninvolved, the receiver does not get to see the case.
    const caseQuery = 'query($id: ID!) { case(id: $id) { id } }';
    await scope.refused(caseQuery, { id: caseId }, { as: scope.as(orgs.halt) });
  });

  it('keeps an organisation involved once, also when it accepts a second handover', async () => {
    const caseId = await newCase();
    const first = await requested(caseId);
    await act('accept', first.id);
    await act('complete', first.id);
    const second = await requested(caseId, { reason: 'OTHER', legalBasis: 'TOESTEMMING' });
    await act('accept', second.id);
    const involvements = await involvementsOf(caseId);
    expect(involvements.filter((i) => i.organisation.id === orgs.leerplicht.globalId)).toHaveLength(
      1,
    );
  });

  const forbidden: [string, HandoverAction][] = [
    ['REQUESTED', 'complete'],
    ['ACCEPTED', 'accept'],
    ['ACCEPTED', 'decline'],
    ['DECLINED', 'accept'],
    ['DECLINED', 'decline'],
    ['DECLINED', 'complete'],
    ['COMPLETED', 'accept'],
    ['COMPLETED', 'decline'],
    ['COMPLETED', 'complete'],
  ];
  it.each(forbidden)(
    'refuses a %s handover to %s: INVALID_TRANSITION, nothing changes',
    async (from, action) => {
      const id = await handoverIn(from as 'REQUESTED');
      await scope.unchanged(async () => {
        const result = await act(action, id);
        expect(result).toMatchObject({
          __typename: 'InvalidTransitionError',
          code: 'INVALID_TRANSITION',
          from,
          attempted: `${action === 'accept' ? 'accepted' : `${action}d`}`,
        });
      });
    },
  );

  it('refuses every transition of a handover that does not exist as FORBIDDEN, changing nothing', async () => {
    // Only the receiver may act on a handover, and an unknown one has none: refused before
    // anything is looked up, like a handover sent to someone else (no probing which exist).
    const id = toGlobalId('Handover', 'no-such-handover');
    for (const action of ['accept', 'decline', 'complete'] as const) {
      await scope.unchanged(async () => {
        await scope.refused(
          transitionMutations[action],
          { id, ...(action === 'decline' ? { reason: 'NO_CAPACITY' } : {}) },
          { as: scope.as(orgs.leerplicht) },
        );
      });
    }
  });

  it('lets exactly one of five concurrent accepts succeed', async () => {
    const caseId = await newCase();
    const handover = await requested(caseId);
    const results = await Promise.all(Array.from({ length: 5 }, () => act('accept', handover.id)));
    const outcomes = results.map((r) => r.__typename).sort();
    expect(outcomes).toEqual([
      'InvalidTransitionError',
      'InvalidTransitionError',
      'InvalidTransitionError',
      'InvalidTransitionError',
      'MutationAcceptHandoverSuccess',
    ]);
    expect(
      results.filter((r) => r.code === 'INVALID_TRANSITION').every((r) => r.from === 'ACCEPTED'),
    ).toBe(true);
    const winner = results.find((r) => r.data)?.data;
    const now = await graphql<{ handover: HandoverView }>(
      app,
      `query($id: ID!) { handover(id: $id) { ${handoverFields} } }`,
      { id: handover.id },
      { cookie: scope.as(orgs.leerplicht) },
    );
    expect(now.errors).toBeUndefined();
    expect(now.data?.handover.acceptedAt).toBe(winner?.acceptedAt);
    expect((await involvementsOf(caseId)).filter((i) => i.role === 'HANDOVER')).toHaveLength(1);
  });

  it('lets only one of a concurrent accept and decline win', async () => {
    const handover = await requested(await newCase());
    const [accepted, declined] = await Promise.all([
      act('accept', handover.id),
      act('decline', handover.id),
    ]);
    const winners = [accepted, declined].filter((r) => r.data);
    expect(winners).toHaveLength(1);
    const loser = [accepted, declined].find((r) => !r.data);
    expect(loser?.code).toBe('INVALID_TRANSITION');
    expect(loser?.from).toBe(winners[0]?.data?.status);
  });
});

describe('handover queries', () => {
  let caseId: string;
  let steps: HandoverView[];

  beforeAll(async () => {
    caseId = await newCase();
    const first = await requested(caseId, { warm: true });
    await act('accept', first.id);
    const second = await requested(caseId, {
      fromOrganisationId: orgs.leerplicht.globalId,
      toOrganisationId: orgs.wijkteam.globalId,
      reason: 'ZORG_NODIG',
      legalBasis: 'JEUGDWET',
    });
    await act('accept', second.id);
    const third = await requested(caseId, {
      fromOrganisationId: orgs.leerplicht.globalId,
      toOrganisationId: orgs.halt.globalId,
      reason: 'HALT_AFDOENING',
    });
    await act('decline', third.id);
    const fourth = await requested(caseId, {
      fromOrganisationId: orgs.wijkteam.globalId,
      toOrganisationId: orgs.school.globalId,
      reason: 'OTHER',
      legalBasis: 'TOESTEMMING',
    });
    steps = [first, second, third, fourth];
  });

  it('reads one handover by id, and null for an unknown one', async () => {
    const response = await graphql<{ handover: HandoverView | null; none: unknown }>(
      app,
      `query($id: ID!, $none: ID!) { handover(id: $id) { ${handoverFields} } none: handover(id: $none) { id } }`,
      { id: steps[1]?.id, none: toGlobalId('Handover', 'nope') },
      { cookie: scope.as(orgs.school) },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.handover).toMatchObject({
      id: steps[1]?.id,
      status: 'ACCEPTED',
      reason: 'ZORG_NODIG',
      legalBasis: 'JEUGDWET',
      from: { id: orgs.leerplicht.globalId },
      to: { id: orgs.wijkteam.globalId },
    });
    expect(response.data?.none).toBeNull();
  });

  it('lists a case’s handovers in the order requested: its journey', async () => {
    const response = await graphql<{ case: { handovers: { id: string; status: string }[] } }>(
      app,
      'query($id: ID!) { case(id: $id) { handovers { id status } } }',
      { id: caseId },
      { cookie: scope.as(orgs.school) },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.case.handovers).toEqual([
      { id: steps[0]?.id, status: 'ACCEPTED' },
      { id: steps[1]?.id, status: 'ACCEPTED' },
      { id: steps[2]?.id, status: 'DECLINED' },
      { id: steps[3]?.id, status: 'REQUESTED' },
    ]);
  });

  it('filters handovers by case, status and organisations, newest first, with totalCount', async () => {
    const page = async (
      filter: Record<string, unknown>,
      first = 10,
      after?: string,
      viewer: Ref = orgs.school,
    ) => {
      const response = await graphql<{
        handovers: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string } }[];
        };
      }>(
        app,
        `query($filter: HandoverFilter, $first: Int, $after: String) {
          handovers(filter: $filter, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { filter, first, after },
        { cookie: scope.as(viewer) },
      );
      expect(response.errors).toBeUndefined();
      const connection = response.data?.handovers;
      if (!connection) throw new Error('no handovers');
      return connection;
    };
    const ids = (connection: Awaited<ReturnType<typeof page>>) =>
      connection.edges.map((edge) => edge.node.id);
    const [first, second, third, fourth] = steps.map((step) => step.id);

    const all = await page({ caseId });
    expect(all.totalCount).toBe(4);
    expect(ids(all)).toEqual([fourth, third, second, first]);
    expect(ids(await page({ caseId, statuses: ['ACCEPTED'] }))).toEqual([second, first]);
    expect(ids(await page({ caseId, fromOrganisationId: orgs.leerplicht.globalId }))).toEqual([
      third,
      second,
    ]);
    expect(ids(await page({ toOrganisationId: orgs.halt.globalId, caseId }))).toEqual([third]);
    expect(
      ids(await page({ fromOrganisationId: orgs.wijkteam.globalId, statuses: ['REQUESTED'] })),
    ).toEqual([fourth]);

    const firstPage = await page({ caseId }, 3);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const rest = await page({ caseId }, 3, firstPage.pageInfo.endCursor);
    expect([...ids(firstPage), ...ids(rest)]).toEqual(ids(all));
    expect(rest.pageInfo.hasNextPage).toBe(false);

    // An organisation involved in neither the case nor any of its handovers lists none of them.
    expect(await page({ caseId }, 10, undefined, orgs.other)).toMatchObject({
      totalCount: 0,
      edges: [],
    });
  });

  it('draws the journey: organisations in the order reached, one edge per handover', async () => {
    const response = await graphql<{
      caseJourney: {
        case: { id: string };
        handovers: { id: string }[];
        nodes: { id: string; label: string; kind: string; step: number }[];
        edges: {
          id: string;
          source: string;
          target: string;
          status: string;
          warm: boolean;
          step: number;
        }[];
      };
    }>(
      app,
      `query($id: ID!) { caseJourney(caseId: $id) {
         case { id } handovers { id }
         nodes { id label kind step } edges { id source target status warm step } } }`,
      { id: caseId },
      { cookie: scope.as(orgs.school) },
    );
    expect(response.errors).toBeUndefined();
    const journey = response.data?.caseJourney;
    expect(journey?.case.id).toBe(caseId);
    expect(journey?.handovers.map((h) => h.id)).toEqual(steps.map((s) => s.id));
    expect(journey?.nodes).toEqual([
      { id: orgs.school.globalId, label: 'test-case-school', kind: 'SCHOOL_VO', step: 0 },
      { id: orgs.leerplicht.globalId, label: 'test-case-leerplicht', kind: 'LEERPLICHT', step: 1 },
      { id: orgs.wijkteam.globalId, label: 'test-case-wijkteam', kind: 'WIJKTEAM', step: 2 },
      { id: orgs.halt.globalId, label: 'test-case-halt', kind: 'HALT', step: 3 },
    ]);
    expect(journey?.edges).toEqual([
      {
        id: steps[0]?.id,
        source: orgs.school.globalId,
        target: orgs.leerplicht.globalId,
        status: 'ACCEPTED',
        warm: true,
        step: 1,
      },
      {
        id: steps[1]?.id,
        source: orgs.leerplicht.globalId,
        target: orgs.wijkteam.globalId,
        status: 'ACCEPTED',
        warm: false,
        step: 2,
      },
      {
        id: steps[2]?.id,
        source: orgs.leerplicht.globalId,
        target: orgs.halt.globalId,
        status: 'DECLINED',
        warm: false,
        step: 3,
      },
      {
        id: steps[3]?.id,
        source: orgs.wijkteam.globalId,
        target: orgs.school.globalId,
        status: 'REQUESTED',
        warm: false,
        step: 4,
      },
    ]);
  });

  it('gives a journey without handovers as the registering organisation alone, and FORBIDDEN for no case', async () => {
    const lone = await newCase(orgs.other);
    const response = await graphql<{
      caseJourney: { nodes: { id: string; step: number }[]; edges: unknown[] } | null;
      none: unknown;
    }>(
      app,
      `query($id: ID!, $none: ID!) {
         caseJourney(caseId: $id) { nodes { id step } edges { id } }
         none: caseJourney(caseId: $none) { nodes { id } } }`,
      { id: lone, none: toGlobalId('Case', 'no-such-case') },
      { cookie: scope.as(orgs.other) },
    );
    expect(response.data?.caseJourney).toEqual({
      nodes: [{ id: orgs.other.globalId, step: 0 }],
      edges: [],
    });
    // The journey of an unknown case is refused like that of a case one is not involved in
    // (the access rule runs before the lookup, so no one can probe which cases exist).
    expect(response.data?.none).toBeNull();
    expect(response.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['none'], 'FORBIDDEN'],
    ]);
  });

  it('reports a malformed handover id as bad input, without internals', async () => {
    const response = await graphql(app, '{ handover(id: "not-an-id") { id } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response)).not.toMatch(/\.ts:\d+|stack/);
  });
});

describe('the access rules for handovers', () => {
  const withReason = (action: HandoverAction, id: string) => ({
    id,
    ...(action === 'decline' ? { reason: 'NO_CAPACITY' } : {}),
  });

  it('lets only the receiver act on a handover: the sender and others are refused, changing nothing', async () => {
    const handover = await requested(await newCase());
    for (const organisation of [orgs.school, orgs.other]) {
      for (const action of ['accept', 'decline'] as const) {
        await scope.unchanged(async () => {
          await scope.refused(transitionMutations[action], withReason(action, handover.id), {
            as: scope.as(organisation),
          });
        });
      }
    }
    expect((await act('accept', handover.id)).data?.status).toBe('ACCEPTED');
    // Involved in the case by now, the sender still may not complete what the receiver accepted.
    await scope.unchanged(async () => {
      await scope.refused(transitionMutations.complete, withReason('complete', handover.id), {
        as: scope.as(orgs.school),
      });
    });
    expect((await act('complete', handover.id)).data?.status).toBe('COMPLETED');
  });

  it('shows a requested handover to its receiver, but the case only once it accepts', async () => {
    const caseId = await newCase();
    const handover = await requested(caseId, { toOrganisationId: orgs.halt.globalId });
    const read = (organisation: Ref) =>
      graphql<{
        handover: { id: string; status: string; from: { id: string } } | null;
        handovers: { totalCount: number; edges: { node: { id: string } }[] };
      }>(
        app,
        `query($id: ID!, $caseId: ID!) {
           handover(id: $id) { id status from { id } }
           handovers(filter: { caseId: $caseId }) { totalCount edges { node { id } } } }`,
        { id: handover.id, caseId },
        { cookie: scope.as(organisation) },
      );
    const byReceiver = await read(orgs.halt);
    expect(byReceiver.errors).toBeUndefined();
    expect(byReceiver.data).toEqual({
      handover: { id: handover.id, status: 'REQUESTED', from: { id: orgs.school.globalId } },
      handovers: { totalCount: 1, edges: [{ node: { id: handover.id } }] },
    });
    const caseQuery = 'query($id: ID!) { case(id: $id) { id } }';
    await scope.refused(caseQuery, { id: caseId }, { as: scope.as(orgs.halt) });

    // An organisation that is neither involved nor the receiver sees neither.
    const byOther = await read(orgs.other);
    expect(byOther.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['handover'], 'FORBIDDEN'],
    ]);
    expect(byOther.data?.handover ?? null).toBeNull();
    expect(byOther.data?.handovers).toEqual({ totalCount: 0, edges: [] });

    await act('accept', handover.id);
    expect((await involvementsOf(caseId, orgs.halt)).map((i) => i.organisation.id)).toEqual([
      orgs.school.globalId,
      orgs.halt.globalId,
    ]);
  });
});
