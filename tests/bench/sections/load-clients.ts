import { randomInt } from 'node:crypto';
import type { LoadWorld } from './load.js';

// The clients of the load run: each loops through a handover lifecycle as the professionals the
// access rules expect (the school registers a case and asks the leerplicht team to take it over;
// that team accepts and completes it, or declines), with reads in between. Everything a client
// was told it made is recorded, so the database can be checked against it afterwards.

export interface LoadStats {
  requests: number;
  /** One line per failed request (HTTP status, GraphQL error or typed error result). */
  errors: string[];
  latencies: { read: number[]; write: number[] };
  /** The slowest answer: how long, when it was sent (performance.now()), and what. */
  slowest?: { ms: number; startedAt: number; what: string };
  /** Global ids of the cases the API said it registered. */
  cases: string[];
  /** Global id of every handover made → its status after the last successful transition. */
  handovers: Map<string, string>;
}

const result = '__typename ... on Error { code message }';
const operations = {
  register: `mutation($input: RegisterCaseInput!) { registerCase(input: $input) {
    ... on MutationRegisterCaseSuccess { data { case { id } } } ${result} } }`,
  request: `mutation($input: RequestHandoverInput!) { requestHandover(input: $input) {
    ... on MutationRequestHandoverSuccess { data { id status } } ${result} } }`,
  accept: `mutation($id: ID!) { acceptHandover(id: $id) {
    ... on MutationAcceptHandoverSuccess { data { id status } } ${result} } }`,
  decline: `mutation($id: ID!) { declineHandover(id: $id, reason: NO_CAPACITY) {
    ... on MutationDeclineHandoverSuccess { data { id status } } ${result} } }`,
  complete: `mutation($id: ID!) { completeHandover(id: $id) {
    ... on MutationCompleteHandoverSuccess { data { id status } } ${result} } }`,
  case: 'query($id: ID!) { case(id: $id) { id status involvements { role } handovers { status } } }',
  organisations: '{ organisations(first: 20) { totalCount edges { node { id name kind } } } }',
  neighbourhood: `query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 200) {
    nodes { id type } edges { id relation } truncated } }`,
};

/** A BSN that passes the 11-test, at random, so no two clients share a young person. */
function randomBsn(): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, i) =>
      i === 0 ? 1 + randomInt(9) : randomInt(10),
    );
    const check = digits.reduce((sum, digit, i) => sum + digit * (9 - i), 0) % 11;
    if (check <= 9) return `${digits.join('')}${check}`;
  }
}

type Body = { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };

/** Runs `clients` loops against `url` (…/graphql) until `durationMs` has passed. */
export async function runLoad(
  url: string,
  world: LoadWorld,
  options: { clients: number; durationMs: number },
): Promise<LoadStats> {
  const stats: LoadStats = {
    requests: 0,
    errors: [],
    latencies: { read: [], write: [] },
    cases: [],
    handovers: new Map(),
  };
  const deadline = Date.now() + options.durationMs;

  /** Sends one operation; returns its one field's value, or null after recording the error. */
  async function send(
    kind: 'read' | 'write',
    query: string,
    variables: Record<string, unknown>,
    organisation: string,
  ): Promise<Record<string, unknown> | null> {
    const started = performance.now();
    stats.requests += 1;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: world.cookies[organisation] ?? '' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Body;
      const took = performance.now() - started;
      stats.latencies[kind].push(took);
      if (took > (stats.slowest?.ms ?? 0)) {
        stats.slowest = {
          ms: took,
          startedAt: started,
          what: query.slice(0, 60).replace(/\s+/g, ' '),
        };
      }
      const value = Object.values(body.data ?? {})[0] as Record<string, unknown> | null;
      const typedError = value && 'code' in value ? String(value.code) : null;
      if (response.status !== 200 || body.errors || !value || typedError) {
        const code = body.errors?.[0]?.extensions?.code ?? typedError ?? 'no data';
        stats.errors.push(
          `${response.status} ${code} in ${query.slice(0, 40).replace(/\s+/g, ' ')}`,
        );
        return null;
      }
      return value;
    } catch (error) {
      stats.errors.push(`network: ${(error as Error).message}`);
      return null;
    }
  }
  const dataOf = (value: Record<string, unknown> | null) =>
    (value?.data ?? null) as { id: string; status: string; case?: { id: string } } | null;

  async function lifecycle() {
    const { school, leerplicht, wijkteam } = world;
    const registered = dataOf(
      await send(
        'write',
        operations.register,
        {
          input: {
            bsn: randomBsn(),
            kind: 'RELATIEF_VERZUIM',
            age: 13 + randomInt(5),
            municipalityCode: 'GM0344',
            schoolId: school,
            needs: [],
            riskIndicators: ['RELATIEF_VERZUIM'],
            organisationId: school,
          },
        },
        school,
      ),
    )?.case;
    if (!registered) return;
    stats.cases.push(registered.id);
    await send('read', operations.case, { id: registered.id }, school);
    await send(
      'read',
      operations.organisations,
      {},
      [school, leerplicht, wijkteam][randomInt(3)] ?? school,
    );
    await send('read', operations.neighbourhood, { id: school }, wijkteam);
    const input = {
      caseId: registered.id,
      fromOrganisationId: school,
      toOrganisationId: leerplicht,
      reason: 'VERZUIMMELDING',
      legalBasis: 'LEERPLICHTWET',
      warm: randomInt(2) === 0,
    };
    const handover = dataOf(await send('write', operations.request, { input }, school));
    if (!handover) return;
    stats.handovers.set(handover.id, handover.status);
    const steps = randomInt(2) === 0 ? (['accept', 'complete'] as const) : (['decline'] as const);
    for (const step of steps) {
      const moved = dataOf(await send('write', operations[step], { id: handover.id }, leerplicht));
      if (!moved) return;
      stats.handovers.set(handover.id, moved.status);
      // A team that declined never became involved, so only the school may read the case then.
      const reader = step === 'decline' ? school : leerplicht;
      await send('read', operations.case, { id: registered.id }, reader);
    }
  }

  await Promise.all(
    Array.from({ length: options.clients }, async () => {
      while (Date.now() < deadline) await lifecycle();
    }),
  );
  return stats;
}
