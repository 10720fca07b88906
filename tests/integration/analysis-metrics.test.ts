import { beforeAll, describe, expect, it } from 'vitest';
import { generateAll } from '../../seeds/generator/generate.js';
import type { Manifest } from '../../seeds/generator/manifest.js';
import { dayAfter } from '../../server/src/analysis/handovers/inputs.js';
import { NetworkAnalysis } from '../../server/src/analysis/metrics/analysis.js';
import { betweennessSamples } from '../../server/src/analysis/metrics/betweenness.js';
import {
  type NetworkHistory,
  networkHistory,
} from '../../server/src/analysis/metrics/network-store.js';
import { metricsSeed } from '../../server/src/analysis/metrics/random.js';
import { graphql, testApp } from '../support/app.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';
import { fromGlobalId } from '../support/ids.js';
import { ensurePreset } from '../support/presets.js';

const db = connectTestDatabase();
const app = testApp(db);
const regionCounts = testCypher<
  { regionCode: string; until: string },
  { organisations: number; pairs: number }
>('metrics-region-counts');

const presets = {} as Record<'tiny' | 'region', Manifest>;
beforeAll(async () => {
  presets.tiny = await ensurePreset(db, 'tiny');
  presets.region = await ensurePreset(db, 'region');
}, 600_000);

/** One preset's part of a history (the test database holds other presets in the same regions). */
const onlyPreset = (history: NetworkHistory, prefix: string): NetworkHistory => ({
  organisations: history.organisations.filter((o) => o.id.startsWith(prefix)),
  ties: history.ties.filter((t) => t.source.startsWith(prefix) && t.target.startsWith(prefix)),
});
const dayBefore = (date: string) => {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

async function query<T>(text: string, variables: Record<string, unknown> = {}) {
  const result = await graphql<T>(app, text, variables);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

describe.each(['tiny', 'region'] as const)('brokers between sectors on the %s preset', (name) => {
  it('the planted sole broker carries every tie between the work sector and the rest', async () => {
    const manifest = presets[name];
    const planted = manifest.planted.soleBroker;
    if (!planted) throw new Error('no sole broker planted');
    const history = await networkHistory(db, { regionCode: planted.regionCode, regionKind: null });
    const analysis = new NetworkAnalysis(
      onlyPreset(history, manifest.idPrefix),
      planted.regionCode,
      manifest.referenceDate,
    );
    const work = analysis.sectorBridges().find((b) => b.sector === planted.sector);
    expect(work?.outsideTies).toBeGreaterThan(0);
    expect(work?.gatekeepers).toEqual([
      { organisationId: planted.brokerId, ties: work?.outsideTies, share: 1 },
    ]);
    const workOrganisations = analysis.graph.filterNodes((_id, a) => a.sector === 'WORK');
    expect(workOrganisations.sort()).toEqual([...planted.sectorOrganisationIds].sort());
  });
});

describe('brokers where none is planted', () => {
  it('the demo preset’s part of MC15 reaches the work sector through more than its RMC', async () => {
    const history = await networkHistory(db, { regionCode: 'MC15', regionKind: null });
    const analysis = new NetworkAnalysis(onlyPreset(history, 'demo-'), 'MC15', '2026-11-16');
    const work = analysis.sectorBridges().find((b) => b.sector === 'WORK');
    expect(work?.gatekeepers.length).toBeGreaterThan(1);
    expect(work?.gatekeepers[0]?.share).toBeLessThan(1);
  });
});

type Metrics = {
  organisationCount: number;
  tiedPairs: number;
  density: number;
  averageDegree: number;
  communityCount: number;
  modularity: number;
  communitySeed: number;
  betweennessMethod: { exact: boolean; sampleSize: number; seed: number | null };
  organisations: {
    organisation: { id: string };
    degree: number;
    betweenness: number;
    community: number;
  }[];
  sectorBridges: { sector: string; outsideTies: number; gatekeepers: { share: number }[] }[];
  ties: { source: string; target: string; kinds: string[] }[];
};
const metricsQuery = `query($regionCode: String, $asOf: Date) {
  networkMetrics(regionCode: $regionCode, asOf: $asOf) {
    organisationCount tiedPairs density averageDegree communityCount modularity communitySeed
    betweennessMethod { exact sampleSize seed }
    organisations(orderBy: BETWEENNESS, limit: 20000) { organisation { id } degree betweenness community }
    sectorBridges { sector outsideTies gatekeepers(limit: 3) { share } }
    ties { source target kinds }
  } }`;
const metrics = async (regionCode: string | null, asOf: string) =>
  (await query<{ networkMetrics: Metrics }>(metricsQuery, { regionCode, asOf })).networkMetrics;

describe('network metrics of a region', () => {
  it('count what is in the database, exactly, with deterministic communities', async () => {
    const asOf = presets.tiny.referenceDate;
    const found = await metrics('MC15', asOf);
    const [expected] = await db.read(regionCounts, { regionCode: 'MC15', until: dayAfter(asOf) });
    expect(found.organisationCount).toBe(expected?.organisations);
    expect(found.tiedPairs).toBe(expected?.pairs);
    expect(found.ties).toHaveLength(found.tiedPairs);
    const n = found.organisationCount;
    expect(found.density).toBeCloseTo((2 * found.tiedPairs) / (n * (n - 1)), 10);
    expect(found.averageDegree).toBeCloseTo((2 * found.tiedPairs) / n, 10);
    expect(found.betweennessMethod).toEqual({ exact: true, sampleSize: n, seed: null });
    expect(found.communitySeed).toBe(metricsSeed);
    expect(found.communityCount).toBeGreaterThan(1);
    expect(found.modularity).toBeGreaterThan(0);
    const betweenness = found.organisations.map((o) => o.betweenness);
    expect(betweenness).toEqual([...betweenness].sort((a, b) => b - a));
    expect(found.organisations.reduce((sum, o) => sum + o.degree, 0)).toBe(2 * found.tiedPairs);
    expect(await metrics('MC15', asOf)).toEqual(found);
  });

  it('as of an earlier day, leave out a tie asserted after it and an organisation registered after it', async () => {
    const { dataset } = generateAll('tiny');
    const created = new Map(dataset.network.organisations.map((o) => [o.id, o.createdAt]));
    // The latest-asserted pair whose organisations were both registered before the tie.
    const firstTied = new Map<string, string>();
    for (const t of dataset.network.ties) {
      if (t.type !== 'Organisation') continue;
      const key = [t.fromId, t.toId].sort().join(' ');
      const day = t.assertedAt.slice(0, 10);
      if (!firstTied.has(key) || day < (firstTied.get(key) ?? '')) firstTied.set(key, day);
    }
    const [pair, day] = [...firstTied.entries()]
      .filter(([key, d]) => key.split(' ').every((id) => (created.get(id) ?? '') < d))
      .sort((a, b) => (a[1] < b[1] ? 1 : -1))[0] ?? ['', ''];
    const [a, b] = pair.split(' ');
    const tied = (m: Metrics) =>
      m.ties.some(
        (t) => [fromGlobalId(t.source), fromGlobalId(t.target)].sort().join(' ') === pair,
      );
    expect(tied(await metrics('MC15', day))).toBe(true);
    const before = await metrics('MC15', dayBefore(day));
    expect(tied(before)).toBe(false);
    expect(before.tiedPairs).toBeLessThan((await metrics('MC15', day)).tiedPairs);
    expect(a && b).toBeTruthy();

    const newest = [...dataset.network.organisations].sort((x, y) =>
      x.createdAt < y.createdAt ? 1 : -1,
    )[0];
    const listed = (m: Metrics) =>
      m.organisations.some((o) => fromGlobalId(o.organisation.id) === newest?.id);
    const registered = newest?.createdAt.slice(0, 10) ?? '';
    expect(listed(await metrics('MC15', registered))).toBe(true);
    expect(listed(await metrics('MC15', dayBefore(registered)))).toBe(false);
  });

  it('grow step by step to the network of the last day', async () => {
    const asOf = presets.tiny.referenceDate;
    const data = await query<{
      networkGrowth: {
        start: string;
        end: string;
        organisations: number;
        tiedPairs: number;
        organisationsJoined: number;
      }[];
    }>(
      `query($asOf: Date) { networkGrowth(regionCode: "MC15", interval: QUARTER, asOf: $asOf) {
         start end organisations tiedPairs organisationsJoined } }`,
      { asOf },
    );
    const steps = data.networkGrowth;
    expect(steps.length).toBe(21);
    expect(steps.at(-1)?.end).toBe(asOf);
    const last = await metrics('MC15', asOf);
    expect(steps.at(-1)).toMatchObject({
      organisations: last.organisationCount,
      tiedPairs: last.tiedPairs,
    });
    const counts = steps.map((s) => s.organisations);
    expect(counts).toEqual([...counts].sort((x, y) => x - y));
    expect((counts.at(-1) ?? 0) - (counts[0] ?? 0)).toBeGreaterThan(0);
  });
});

describe('regions compared, and the whole country', () => {
  it('has a row per RMC region, matching each region’s own metrics', async () => {
    const asOf = presets.tiny.referenceDate;
    const data = await query<{
      regionNetworkComparison: {
        region: { code: string };
        metrics: {
          organisationCount: number;
          tiedPairs: number;
          density: number;
          crossSectorShare: number;
        };
      }[];
    }>(
      `query($asOf: Date) { regionNetworkComparison(kind: RMC, asOf: $asOf) {
         region { code } metrics { organisationCount tiedPairs density crossSectorShare } } }`,
      { asOf },
    );
    const rows = data.regionNetworkComparison;
    expect(rows).toHaveLength(40);
    const mc15 = rows.find((r) => r.region.code === 'MC15');
    const own = await metrics('MC15', asOf);
    expect(mc15?.metrics).toMatchObject({
      organisationCount: own.organisationCount,
      tiedPairs: own.tiedPairs,
    });
    expect(mc15?.metrics.density).toBeCloseTo(own.density, 10);
    expect(
      rows.every((r) => r.metrics.crossSectorShare >= 0 && r.metrics.crossSectorShare <= 1),
    ).toBe(true);
  });

  it('estimates betweenness on the national network from a seeded sample, the same each time', async () => {
    const text = `{ networkMetrics(asOf: "2026-11-16") {
      organisationCount communityCount modularity betweennessMethod { exact sampleSize seed }
      organisations(orderBy: BETWEENNESS, limit: 5) { organisation { id } betweenness } } }`;
    type National = {
      networkMetrics: {
        organisationCount: number;
        communityCount: number;
        modularity: number;
        betweennessMethod: Metrics['betweennessMethod'];
        organisations: Metrics['organisations'];
      };
    };
    const first = (await query<National>(text)).networkMetrics;
    expect(first.organisationCount).toBeGreaterThan(2_000);
    expect(first.betweennessMethod).toEqual({
      exact: false,
      sampleSize: betweennessSamples,
      seed: metricsSeed,
    });
    // Regions hang together through national bodies, yet split clearly into communities.
    expect(first.communityCount).toBeGreaterThan(10);
    expect(first.modularity).toBeGreaterThan(0.3);
    expect((await query<National>(text)).networkMetrics).toEqual(first);
  });
});

describe('bad input', () => {
  it('an unknown region is NOT_FOUND', async () => {
    for (const field of [
      'networkMetrics(regionCode: "MC99") { asOf }',
      'networkGrowth(regionCode: "MC99") { start }',
    ]) {
      const result = await graphql(app, `{ ${field} }`);
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('a period ending before it starts, too many steps or a bad limit are refused', async () => {
    const backwards = await graphql(
      app,
      '{ networkGrowth(period: {from: "2026-02-01", to: "2026-01-01"}) { start } }',
    );
    expect(backwards.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    const tooLong = await graphql(
      app,
      '{ networkGrowth(interval: MONTH, period: {from: "1990-01-01", to: "2026-01-01"}) { start } }',
    );
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const limit = await graphql(
      app,
      '{ networkMetrics(regionCode: "MC15") { organisations(limit: 0) { degree } } }',
    );
    expect(limit.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });
});
