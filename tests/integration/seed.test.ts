import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOf } from '../../seeds/generator/calendar.js';
import { generateAll } from '../../seeds/generator/generate.js';
import { deletePreset, loadDataset } from '../../seeds/generator/load.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';
import { fingerprint } from '../support/fingerprint.js';

// The `tiny` preset loaded into the shared test database (its ids all start with "tiny-", so it
// sits beside the demo data), checked against what the generator made and planted, loaded a
// second time without effect, and removed again at the end.

const db = connectTestDatabase();
const prefix = 'tiny-';
const { dataset, chunks, manifest } = generateAll('tiny');
const net = dataset.network;
const cases = chunks.flatMap((c) => c.cases);
const handovers = chunks.flatMap((c) => c.handovers);

const countsQuery = testCypher<{ prefix: string }, Record<string, number>>('seed-counts');
const betweenQuery = testCypher<
  { pairs: string[][] },
  { pair: string[]; ties: number; handovers: number }
>('seed-ties-between');
const handoversQuery = testCypher<
  { ids: string[] },
  { id: string; caseId: string; fromId: string; toId: string; status: string; requestedAt: string }
>('seed-handovers');
type CaseState = {
  id: string;
  kind: string;
  status: string;
  coordinated: boolean;
  involved: string[];
  needs: string[];
  schoolId: string | null;
  sameSubject: string[];
};
const casesQuery = testCypher<{ ids: string[] }, CaseState>('seed-cases');
const offersQuery = testCypher<
  { prefix: string; regionCode: string; need: string },
  { offering: number }
>('seed-region-offers');
const crossingQuery = testCypher<
  { prefix: string; ids: string[] },
  { id: string; insideId: string; outsideId: string }
>('seed-crossing-ties');
const tiesQuery = testCypher<{ ids: string[] }, { id: string; lastConfirmedAt: string }>(
  'seed-ties-by-id',
);

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
let before = '';
let loaded = { rows: 0 };
const caseState = async (ids: string[]) =>
  new Map((await db.read(casesQuery, { ids })).map((c) => [c.id, c]));

beforeAll(async () => {
  await deletePreset(db, 'tiny');
  before = await fingerprint(db);
  loaded = await loadDataset(db, dataset, { batchSize: 250 });
});

afterAll(async () => {
  await deletePreset(db, 'tiny');
  expect(
    Object.values((await db.read(countsQuery, { prefix }))[0] ?? {}).every((n) => n === 0),
  ).toBe(true);
  expect(await fingerprint(db)).toBe(before);
});

describe('loading the tiny preset', () => {
  it('writes exactly what the generator made, nodes and relationships', async () => {
    const [counts] = await db.read(countsQuery, { prefix });
    expect(loaded.rows).toBe(sum(Object.values(manifest.counts)) - manifest.counts.subjects);
    expect(counts).toEqual({
      ...manifest.counts,
      serves: sum(net.organisations.map((o) => o.municipalityCodes.length)),
      offers: sum(net.organisations.map((o) => o.offers.length)),
      swvMembers: net.organisations.filter((o) => o.swvId).length,
      jobs: net.professionals.length,
      jobsSinceUnknown: net.professionals.filter((p) => p.from === null).length,
      expertise: sum(net.professionals.map((p) => p.expertise.length)),
      needs: sum(cases.map((c) => c.needs.length)),
      atSchool: cases.filter((c) => c.schoolId).length,
      inMunicipality: cases.length,
      coordinators: cases.filter((c) => c.coordinatorId).length,
      caseHandovers: handovers.length,
      handoverEnds: handovers.length,
      fromProfessionals: handovers.filter((h) => h.fromProfessionalId).length,
      toProfessionals: handovers.filter((h) => h.toProfessionalId).length,
    });
  });

  it('changes nothing when loaded a second time', async () => {
    const first = await fingerprint(db);
    const [counts] = await db.read(countsQuery, { prefix });
    await loadDataset(db, generateAll('tiny').dataset, { batchSize: 100, concurrency: 3 });
    expect(await fingerprint(db)).toBe(first);
    expect((await db.read(countsQuery, { prefix }))[0]).toEqual(counts);
  });
});

describe('the planted ground truth of the manifest, in the database', () => {
  const { planted } = manifest;

  it('leaves the missing expected ties out, and keeps the hidden collaboration untied', async () => {
    const pairs = planted.missingTies.map((m) => [m.fromId, m.toId]);
    const rows = await db.read(betweenQuery, { pairs });
    expect(rows.map((r) => r.ties)).toEqual(pairs.map(() => 0));
    const hidden = planted.hiddenCollaboration;
    const [pair] = await db.read(betweenQuery, { pairs: [[...(hidden?.organisationIds ?? [])]] });
    expect(pair).toMatchObject({ ties: 0, handovers: hidden?.handoverIds.length });
  });

  it('has the stalled and ping-pong handovers as listed', async () => {
    const stalled = await db.read(handoversQuery, {
      ids: planted.stalledHandovers.map((s) => s.handoverId),
    });
    expect(stalled.map((h) => [h.id, h.status, h.fromId, h.toId])).toEqual(
      planted.stalledHandovers.map((s) => [s.handoverId, 'REQUESTED', s.fromId, s.toId]),
    );
    for (const p of planted.pingPongHandovers) {
      const [there, back] = await db.read(handoversQuery, { ids: p.handoverIds });
      expect([there?.fromId, there?.toId, back?.fromId, back?.toId]).toEqual([
        ...p.organisationIds,
        ...[...p.organisationIds].reverse(),
      ]);
      expect(there?.caseId === p.caseId && back?.caseId === p.caseId).toBe(true);
    }
  });

  it('has open multi-party cases without a coordinator', async () => {
    const listed = planted.multiPartyWithoutCoordinator;
    const state = await caseState(listed.map((u) => u.caseId));
    for (const u of listed) {
      expect(state.get(u.caseId)).toMatchObject({
        status: 'OPEN',
        coordinated: false,
        involved: [...u.organisationIds].sort(),
      });
    }
  });

  it('has a region whose cases need what none of the preset’s organisations there offers', async () => {
    const gap = planted.provisionGap;
    if (!gap) throw new Error('no gap planted');
    const [offers] = await db.read(offersQuery, {
      prefix,
      regionCode: gap.regionCode,
      need: gap.need,
    });
    expect(offers?.offering).toBe(0);
    const [other] = await db.read(offersQuery, {
      prefix,
      regionCode: gap.regionCode,
      need: 'GGZ_JEUGD',
    });
    expect(other?.offering).toBeGreaterThan(0);
    const state = await caseState(gap.caseIds);
    expect([...state.values()].every((c) => c.needs.includes(gap.need))).toBe(true);
  });

  it('links the vmbo’s dropouts to their warm transfers through the same subject', async () => {
    const vmbo = planted.vmboDropout;
    if (!vmbo) throw new Error('no vmbo planted');
    const dropouts = await caseState(vmbo.dropoutCaseIds);
    const transfers = new Set(vmbo.transferCaseIds);
    expect(dropouts.size).toBe(sum(vmbo.cohorts.map((c) => c.dropouts)));
    for (const dropout of dropouts.values()) {
      expect(dropout.kind).toBe('VSV');
      expect(dropout.sameSubject.filter((id) => transfers.has(id))).toHaveLength(1);
    }
  });

  it('reaches the work sector of the broker region only through its RMC', async () => {
    const broker = planted.soleBroker;
    if (!broker) throw new Error('no broker planted');
    const crossing = await db.read(crossingQuery, { prefix, ids: broker.sectorOrganisationIds });
    expect(crossing.length).toBeGreaterThan(0);
    expect(new Set(crossing.map((t) => t.outsideId))).toEqual(new Set([broker.brokerId]));
  });

  it('has the stale ties last confirmed over 12 months before the reference date', async () => {
    const ties = await db.read(tiesQuery, { ids: planted.staleTies.ids });
    expect(ties).toHaveLength(planted.staleTies.count);
    const reference = dayOf(manifest.referenceDate);
    expect(ties.every((t) => reference - dayOf(t.lastConfirmedAt) > 366)).toBe(true);
  });
});
