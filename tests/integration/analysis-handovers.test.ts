import { beforeAll, describe, expect, it } from 'vitest';
import { generateAll } from '../../seeds/generator/generate.js';
import type { Manifest } from '../../seeds/generator/manifest.js';
import type { HandoverRow } from '../../seeds/generator/types.js';
import { dayAfter } from '../../server/src/analysis/handovers/inputs.js';
import {
  handoverFlows,
  pingPongHandovers,
  stalledHandovers,
  uncoordinatedCases,
} from '../../server/src/analysis/handovers/store.js';
import { workingDaysBetween } from '../../server/src/analysis/handovers/working-days.js';
import { graphql, testApp } from '../support/app.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';
import { fromGlobalId } from '../support/ids.js';
import { ensurePreset } from '../support/presets.js';
import { professionalViewer } from '../support/viewers.js';

const db = connectTestDatabase();
const handoversInRegion = testCypher<
  { regionCode: string; from: string; until: string },
  { handovers: number }
>('flows-handovers-in-region');

// The generated rows, to check the analyses against something computed apart from them.
const tiny = generateAll('tiny');
const tinyHandovers: HandoverRow[] = tiny.chunks.flatMap((chunk) => chunk.handovers);
const professionalAt = (organisationId: string) => {
  const found = tiny.dataset.network.professionals.find((p) => p.organisationId === organisationId);
  if (!found) throw new Error(`no professional at ${organisationId}`);
  return found.id;
};
const stalledSender = tiny.manifest.planted.stalledHandovers[0]?.fromId ?? '';
// A school with no stalled handover: it may read none of those cases.
const outsider = tiny.dataset.network.organisations.find(
  (o) =>
    o.kind === 'SCHOOL_PO' &&
    !tiny.chunks.some((c) =>
      c.involvements.some(
        (i) =>
          i.organisationId === o.id &&
          tiny.manifest.planted.stalledHandovers.some((s) => s.caseId === i.caseId),
      ),
    ),
);

const admin = testApp(db);
const sender = testApp(db, {}, professionalViewer(professionalAt(stalledSender)));
const stranger = testApp(db, {}, professionalViewer(professionalAt(outsider?.id ?? '')));

const presets: Record<'tiny' | 'region', Manifest> = {} as Record<'tiny' | 'region', Manifest>;
beforeAll(async () => {
  presets.tiny = await ensurePreset(db, 'tiny');
  presets.region = await ensurePreset(db, 'region');
}, 600_000);

const ofPreset = <T extends { caseId: string }>(rows: T[], manifest: Manifest) =>
  rows.filter((row) => row.caseId.startsWith(manifest.idPrefix));
const sorted = (ids: Iterable<string>) => [...ids].sort();

describe.each(['tiny', 'region'] as const)('handover findings on the %s preset', (name) => {
  const regionOf = (manifest: Manifest) => manifest.regions[0] ?? '';

  it('finds exactly the planted stalled handovers, with their working days waiting', async () => {
    const manifest = presets[name];
    const found = ofPreset(
      await stalledHandovers(db, regionOf(manifest), manifest.referenceDate),
      manifest,
    );
    const planted = manifest.planted.stalledHandovers;
    expect(planted.length).toBeGreaterThan(0);
    expect(sorted(found.map((row) => row.handoverId))).toEqual(
      sorted(planted.map((p) => p.handoverId)),
    );
    for (const p of planted) {
      const row = found.find((r) => r.handoverId === p.handoverId);
      expect(row).toMatchObject({ caseId: p.caseId, fromId: p.fromId, toId: p.toId });
      expect(row?.workingDaysWaiting).toBe(p.workingDaysWaiting);
    }
  });

  it('finds exactly the planted ping-pong cases (A → B → A)', async () => {
    const manifest = presets[name];
    const found = ofPreset(
      await pingPongHandovers(db, regionOf(manifest), manifest.referenceDate),
      manifest,
    );
    const planted = manifest.planted.pingPongHandovers;
    expect(planted.length).toBeGreaterThan(0);
    expect(
      sorted(
        found.map((r) => `${r.caseId} ${r.handoverIds.join(' ')} ${r.organisationIds.join(' ')}`),
      ),
    ).toEqual(
      sorted(
        planted.map((p) => `${p.caseId} ${p.handoverIds.join(' ')} ${p.organisationIds.join(' ')}`),
      ),
    );
  });

  it('finds exactly the planted cases with three or more parties and no coordinator', async () => {
    const manifest = presets[name];
    const found = ofPreset(
      await uncoordinatedCases(db, regionOf(manifest), manifest.referenceDate),
      manifest,
    );
    const planted = manifest.planted.multiPartyWithoutCoordinator;
    expect(planted.length).toBeGreaterThan(0);
    expect(sorted(found.map((r) => `${r.caseId} ${r.organisationIds.join(' ')}`))).toEqual(
      sorted(planted.map((p) => `${p.caseId} ${sorted(p.organisationIds).join(' ')}`)),
    );
  });
});

describe('judged as of a date', () => {
  it('an earlier day drops requests made after it and counts fewer days waited', async () => {
    const manifest = presets.tiny;
    const asOf = '2026-10-30';
    const found = ofPreset(await stalledHandovers(db, 'MC15', asOf), manifest);
    const expected = manifest.planted.stalledHandovers
      .filter((p) => p.requestedAt.slice(0, 10) <= asOf)
      .map((p) => ({ id: p.handoverId, waited: workingDaysBetween(p.requestedAt, asOf) }))
      .filter((p) => p.waited > 5);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(manifest.planted.stalledHandovers.length);
    expect(sorted(found.map((r) => `${r.handoverId} ${r.workingDaysWaiting}`))).toEqual(
      sorted(expected.map((p) => `${p.id} ${p.waited}`)),
    );
  });

  it('a day before any ping-pong returned finds none of them', async () => {
    const manifest = presets.tiny;
    expect(manifest.planted.pingPongHandovers.length).toBeGreaterThan(0);
    const found = ofPreset(await pingPongHandovers(db, 'MC15', '2026-01-01'), manifest);
    const plantedIds = new Set(manifest.planted.pingPongHandovers.map((p) => p.caseId));
    expect(found.filter((r) => plantedIds.has(r.caseId))).toEqual([]);
  });
});

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return null;
  const mid = (s.length - 1) / 2;
  return ((s[Math.floor(mid)] ?? 0) + (s[Math.ceil(mid)] ?? 0)) / 2;
};

describe('handover flows', () => {
  const period = { from: '2016-01-01', to: '2026-11-16' };

  it('match the generated handovers pair by pair: counts, answers and median days', async () => {
    const asOf = presets.tiny.referenceDate;
    const rows = await handoverFlows(db, {
      regionCode: 'MC15',
      by: 'ORGANISATION',
      period,
      asOf,
      organisationId: null,
    });
    const found = rows.filter((row) => row.fromKey.startsWith('tiny-'));
    const expected = new Map<string, HandoverRow[]>();
    for (const h of tinyHandovers) {
      const key = `${h.fromOrganisationId}>${h.toOrganisationId}`;
      expected.set(key, [...(expected.get(key) ?? []), h]);
    }
    expect(found.length).toBe(expected.size);
    expect(found.reduce((sum, row) => sum + row.handovers, 0)).toBe(presets.tiny.counts.handovers);
    for (const row of found) {
      const list = expected.get(`${row.fromKey}>${row.toKey}`) ?? [];
      const accepted = list.filter((h) => h.acceptedAt !== null);
      expect(row.handovers).toBe(list.length);
      expect(row.cases).toBe(new Set(list.map((h) => h.caseId)).size);
      expect(row.visibleCases).toBe(0);
      expect(row.accepted).toBe(accepted.length);
      expect(row.declined).toBe(list.filter((h) => h.declinedAt !== null).length);
      const days = median(
        accepted.map(
          (h) => (Date.parse(h.acceptedAt ?? '') - Date.parse(h.requestedAt)) / 86_400_000,
        ),
      );
      if (days === null) expect(row.medianDaysToAccept).toBeNull();
      else expect(row.medianDaysToAccept).toBeCloseTo(days, 6);
    }
  });

  it('add up to every handover of the region, by organisation and by kind alike', async () => {
    const asOf = presets.tiny.referenceDate;
    const args = { regionCode: 'MC15', period, asOf, organisationId: null };
    const byOrganisation = await handoverFlows(db, { ...args, by: 'ORGANISATION' });
    const byKind = await handoverFlows(db, { ...args, by: 'KIND' });
    const [all] = await db.read(handoversInRegion, {
      regionCode: 'MC15',
      from: period.from,
      until: dayAfter(period.to),
    });
    const total = (rows: { handovers: number }[]) => rows.reduce((s, r) => s + r.handovers, 0);
    expect(total(byOrganisation)).toBe(all?.handovers);
    expect(total(byKind)).toBe(all?.handovers);
    expect(byKind.every((row) => row.fromKey === row.fromKind && row.toKey === row.toKind)).toBe(
      true,
    );
  });

  it('a period leaves out handovers requested outside it, and answers after asOf are pending', async () => {
    const asOf = '2026-06-30';
    const inPeriod = { from: '2026-01-01', to: '2026-12-31' };
    const rows = await handoverFlows(db, {
      regionCode: 'MC15',
      by: 'ORGANISATION',
      period: inPeriod,
      asOf,
      organisationId: null,
    });
    const found = rows.filter((row) => row.fromKey.startsWith('tiny-'));
    const until = Date.parse(`${dayAfter(asOf)}T00:00:00Z`);
    const expected = tinyHandovers.filter(
      (h) => h.requestedAt >= inPeriod.from && Date.parse(h.requestedAt) < until,
    );
    const acceptedBy = expected.filter((h) => h.acceptedAt && Date.parse(h.acceptedAt) < until);
    expect(expected.length).toBeGreaterThan(0);
    expect(found.reduce((s, r) => s + r.handovers, 0)).toBe(expected.length);
    expect(found.reduce((s, r) => s + r.accepted, 0)).toBe(acceptedBy.length);
  });
});

type Count = { shown: string; value: number | null };
type Report = {
  total: Count;
  byOrganisation: { organisation: { id: string }; count: Count }[];
  items: { case: { id: string }; handover: { id: string }; workingDaysWaiting: number }[];
};
const stalledQuery = `query($regionCode: String!, $asOf: Date) {
  stalledHandovers(regionCode: $regionCode, asOf: $asOf) {
    asOf total { shown value }
    byOrganisation { organisation { id } count { shown value } }
    items { case { id } handover { id } workingDaysWaiting }
  } }`;
const stalled = async (app: typeof admin) => {
  const result = await graphql<{ stalledHandovers: Report }>(app, stalledQuery, {
    regionCode: 'MC15',
    asOf: presets.tiny.referenceDate,
  });
  expect(result.errors).toBeUndefined();
  return result.data?.stalledHandovers as Report;
};
const countAt = (report: Report, organisationId: string) =>
  report.byOrganisation.find((row) => fromGlobalId(row.organisation.id) === organisationId)?.count;

describe('what a viewer sees of the findings', () => {
  it('a professional of the sending organisation sees its stalled cases, exactly counted', async () => {
    const planted = presets.tiny.planted.stalledHandovers;
    const report = await stalled(sender);
    const listed = report.items.map((item) => fromGlobalId(item.handover.id));
    expect(sorted(listed.filter((id) => id.startsWith('tiny-')))).toEqual(
      sorted(planted.map((p) => p.handoverId)),
    );
    // Every receiver's count is exact to them, small or not: they may read all those cases.
    for (const receiver of new Set(planted.map((p) => p.toId))) {
      const n = planted.filter((p) => p.toId === receiver).length;
      expect(countAt(report, receiver)).toEqual({ shown: String(n), value: n });
    }
  });

  it('an administrator and an uninvolved professional see counts only, small ones as "<5"', async () => {
    const planted = presets.tiny.planted.stalledHandovers;
    const small = [...new Set(planted.map((p) => p.toId))].filter(
      (id) => planted.filter((p) => p.toId === id).length < 5,
    );
    expect(small.length).toBeGreaterThan(0);
    for (const app of [admin, stranger]) {
      const report = await stalled(app);
      expect(report.items).toEqual([]);
      for (const id of small) expect(countAt(report, id)).toEqual({ shown: '<5', value: null });
      expect(report.total.value === null).toBe(report.total.shown === '<5');
    }
  });

  it('flows hide the rate and median of a small group the viewer may not wholly see', async () => {
    const query = `query($asOf: Date, $period: DatePeriod) {
      handoverFlows(regionCode: "MC15", by: ORGANISATION, asOf: $asOf, period: $period) {
        flows { from { id } cases { shown value } handovers { shown value }
                acceptanceRate medianDaysToAccept } } }`;
    type Flow = {
      from: { id: string };
      cases: Count;
      handovers: Count;
      acceptanceRate: number | null;
      medianDaysToAccept: number | null;
    };
    const variables = {
      asOf: presets.tiny.referenceDate,
      period: { from: '2016-01-01', to: presets.tiny.referenceDate },
    };
    const asAdmin = await graphql<{ handoverFlows: { flows: Flow[] } }>(admin, query, variables);
    expect(asAdmin.errors).toBeUndefined();
    const flows = asAdmin.data?.handoverFlows.flows ?? [];
    const hidden = flows.filter((f) => f.cases.shown === '<5');
    const shown = flows.filter((f) => f.cases.value !== null && f.cases.value >= 5);
    expect(hidden.length).toBeGreaterThan(0);
    expect(shown.length).toBeGreaterThan(0);
    for (const f of hidden) {
      expect(f.cases.value).toBeNull();
      expect(f.acceptanceRate).toBeNull();
      expect(f.medianDaysToAccept).toBeNull();
    }
    expect(shown.some((f) => f.acceptanceRate !== null)).toBe(true);

    // The sender is involved in every case it sent: its own flows are exact, however small.
    const asSender = await graphql<{ handoverFlows: { flows: Flow[] } }>(sender, query, variables);
    const own = (asSender.data?.handoverFlows.flows ?? []).filter(
      (f) => fromGlobalId(f.from.id) === stalledSender,
    );
    expect(own.length).toBeGreaterThan(0);
    for (const f of own) expect(f.cases.value).not.toBeNull();
  });
});

describe('bad input', () => {
  it('an unknown region is NOT_FOUND', async () => {
    for (const field of ['stalledHandovers', 'pingPongHandovers', 'uncoordinatedCases']) {
      const result = await graphql(admin, `{ ${field}(regionCode: "MC99") { asOf } }`);
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(result.errors?.[0]?.message).toContain('MC99');
    }
    const flows = await graphql(admin, '{ handoverFlows(regionCode: "XX") { asOf } }');
    expect(flows.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('a period that ends before it starts is VALIDATION_FAILED on `to`', async () => {
    const result = await graphql(
      admin,
      `{ handoverFlows(regionCode: "MC15", period: {from: "2026-05-01", to: "2026-04-30"}) { asOf } }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(result.errors?.[0]?.extensions)).toContain('period.to');
  });

  it('a date that is not a date is refused before anything runs', async () => {
    const result = await graphql(
      admin,
      '{ stalledHandovers(regionCode: "MC15", asOf: "2026-13-45") { asOf } }',
    );
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(result.data ?? null).toBeNull();
  });
});
