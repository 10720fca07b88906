import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { sessionCookie } from '../../../server/src/auth/cookies.js';
import { createTokens } from '../../../server/src/auth/tokens.js';
import { developmentSessionSecret, loadConfig } from '../../../server/src/config.js';
import type { Database } from '../../../server/src/db/database.js';
import { createApp } from '../../../server/src/http/app.js';
import { createLogger } from '../../../server/src/logger.js';
import { testCypher } from '../../support/cypher.js';
import { fromGlobalId, toGlobalId } from '../../support/ids.js';
import type { BenchSection } from '../context.js';
import { type LoadStats, runLoad } from './load-clients.js';

// Issue 8, load: concurrent clients mixing reads with the handover lifecycle, as the right
// professionals; afterwards every write must be in the database exactly once. The world (three
// organisations under a prefix, a signed-in professional at each) is made without vitest, so
// the integration test (short run) and this benchmark (full run) share it.

export interface LoadWorld {
  prefix: string;
  /** Global ids of the organisations. */
  school: string;
  leerplicht: string;
  wijkteam: string;
  /** Session cookie of a professional at each organisation, by global id. */
  cookies: Record<string, string>;
}

const createOrganisations = testCypher<{ organisations: object[] }, { created: number }>(
  'cases-create-organisations',
);
const createProfessionals = testCypher<{ professionals: object[] }, { created: number }>(
  'cases-create-professionals',
);
const createSession = testCypher<Record<string, unknown>, { linked: number }>(
  'viewer-create-session',
);
const deleteAccounts = testCypher<object, object>('viewer-delete-accounts');
const deleteTestData = testCypher<{ prefix: string; caseIds: string[] }, object>(
  'cases-delete-test-data',
);
const caseParts = testCypher<
  { prefix: string },
  {
    id: string;
    copies: number;
    subjects: number;
    municipalities: number;
    registrars: number;
    schools: number;
    handovers: { id: string; status: string; copies: number; ends: number }[];
  }
>('load-case-parts');

/** Organisations, professionals and sessions for a load run; ids start with the returned prefix. */
export async function prepareLoadWorld(db: Database, name = 'load'): Promise<LoadWorld> {
  const prefix = `test-case-${name}-${randomUUID().slice(0, 8)}-`;
  const kinds = { school: 'SCHOOL_VO', leerplicht: 'LEERPLICHT', wijkteam: 'WIJKTEAM' };
  const labels = Object.keys(kinds) as (keyof typeof kinds)[];
  await db.write(createOrganisations, {
    organisations: labels.map((label) => ({
      id: `${prefix}${label}`,
      name: `test-case-${label}`,
      kind: kinds[label],
      status: 'ACTIVE',
      municipalityCode: 'GM0344',
    })),
  });
  await db.write(createProfessionals, {
    professionals: labels.map((label) => ({
      id: `${prefix}${label}-actor`,
      name: 'test-case-actor',
      role: 'LEERPLICHTAMBTENAAR',
      status: 'ACTIVE',
      organisationId: `${prefix}${label}`,
    })),
  });
  const tokens = createTokens(developmentSessionSecret);
  const cookies: Record<string, string> = {};
  for (const label of labels) {
    const id = `test-viewer-${randomUUID()}`;
    const sessionId = randomBytes(24).toString('base64url');
    const expiresAt = new Date(Date.now() + 8 * 3_600_000);
    await db.write(createSession, {
      id,
      email: `${id}@rizoom.test`,
      role: 'PROFESSIONAL',
      professionalId: `${prefix}${label}-actor`,
      regionCodes: [],
      sessionId,
      expiresAt: expiresAt.toISOString(),
    });
    const token = await tokens.sign(sessionId, expiresAt);
    cookies[toGlobalId('Organisation', `${prefix}${label}`)] = `${sessionCookie}=${token}`;
  }
  const [school, leerplicht, wijkteam] = labels.map((l) => toGlobalId('Organisation', prefix + l));
  return {
    prefix,
    school: school ?? '',
    leerplicht: leerplicht ?? '',
    wijkteam: wijkteam ?? '',
    cookies,
  };
}

/** Removes the world's organisations, professionals, cases and handovers, and test accounts. */
export async function removeLoadWorld(db: Database, world: LoadWorld) {
  await db.write(deleteTestData, { prefix: world.prefix, caseIds: [] });
  await db.write(deleteAccounts, {});
}

/**
 * Compares the database with what the clients were told: the same cases, each once and whole,
 * each handover once, with both ends, in the status its last successful transition gave it.
 * Returns the differences (empty when all is well).
 */
export async function verifyLoad(db: Database, world: LoadWorld, stats: LoadStats) {
  const rows = await db.read(caseParts, { prefix: world.prefix });
  const problems: string[] = [];
  const expectedCases = new Set(stats.cases.map(fromGlobalId));
  const found = new Set(rows.map((row) => row.id));
  for (const id of expectedCases) if (!found.has(id)) problems.push(`case ${id} missing`);
  for (const row of rows) {
    if (!expectedCases.has(row.id)) problems.push(`case ${row.id} not reported to a client`);
    const parts = [row.copies, row.subjects, row.municipalities, row.registrars, row.schools];
    if (parts.some((n) => n !== 1)) problems.push(`case ${row.id} parts ${parts.join('/')}`);
    for (const h of row.handovers) {
      const expected = stats.handovers.get(toGlobalId('Handover', h.id));
      if (expected !== h.status) problems.push(`handover ${h.id} ${h.status} ≠ ${expected}`);
      if (h.copies !== 1 || h.ends !== 2)
        problems.push(`handover ${h.id} ${h.copies}×, ${h.ends} ends`);
    }
  }
  const handoversFound = rows.reduce((sum, row) => sum + row.handovers.length, 0);
  if (handoversFound !== stats.handovers.size)
    problems.push(`${handoversFound} handovers stored, ${stats.handovers.size} made`);
  return { problems, cases: rows.length, handovers: handoversFound };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
};

/** Issue 8: 50 clients for 60 s (BENCH_LOAD_CLIENTS, BENCH_LOAD_SECONDS) over HTTP. */
export const load: BenchSection = {
  name: 'load',
  async run({ db, log }) {
    const clients = Number(process.env.BENCH_LOAD_CLIENTS ?? 50);
    const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
    const config = loadConfig({ NODE_ENV: 'test' });
    const server = createApp({ db, config, logger: createLogger('silent', false) }).createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const world = await prepareLoadWorld(db, `bench-load-${randomInt(1_000)}`);
    try {
      log(`load: ${clients} clients for ${seconds} s`);
      const stats = await runLoad(url, world, { clients, durationMs: seconds * 1_000 });
      const check = await verifyLoad(db, world, stats);
      const writes = stats.latencies.write ?? [];
      const reads = stats.latencies.read ?? [];
      const ms = (v: number) => `${v.toFixed(0)} ms`;
      return {
        title: `Load (issue 8): ${clients} clients, ${seconds} s, reads and handover writes`,
        metrics: [
          { name: 'requests', value: String(stats.requests) },
          { name: 'requests/s', value: (stats.requests / seconds).toFixed(0) },
          {
            name: 'errors',
            value: String(stats.errors.length),
            target: '0',
            met: stats.errors.length === 0,
          },
          {
            name: 'read p50 / p95',
            value: `${ms(percentile(reads, 50))} / ${ms(percentile(reads, 95))}`,
          },
          {
            name: 'write p50 / p95',
            value: `${ms(percentile(writes, 50))} / ${ms(percentile(writes, 95))}`,
          },
          {
            name: 'writes stored exactly once',
            value: `${check.cases} cases, ${check.handovers} handovers, ${check.problems.length} differences`,
            target: '0 differences',
            met: check.problems.length === 0,
          },
        ],
        notes: [...stats.errors.slice(0, 3), ...check.problems.slice(0, 3)],
      };
    } finally {
      await removeLoadWorld(db, world);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  },
};
