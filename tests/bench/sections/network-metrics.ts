import { createDataset } from '../../../seeds/generator/generate.js';
import { hasOrganisations, loadDataset } from '../../../seeds/generator/load.js';
import type { PresetName } from '../../../seeds/generator/presets.js';
import { NetworkAnalysis } from '../../../server/src/analysis/metrics/analysis.js';
import {
  betweennessSamples,
  exactBetweennessUpTo,
} from '../../../server/src/analysis/metrics/betweenness.js';
import { compareRegions } from '../../../server/src/analysis/metrics/comparison.js';
import { networkHistory } from '../../../server/src/analysis/metrics/network-store.js';
import { metricsSeed } from '../../../server/src/analysis/metrics/random.js';
import type { BenchSection } from '../context.js';
import { thousands } from '../measure.js';

const targetCommunitySeconds = 10;

async function timed<T>(work: () => T | Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, (performance.now() - started) / 1000];
}

/**
 * Issue 6: network metrics on whatever the bench's database holds (the national preset after
 * `national-load`; run alone, it loads BENCH_METRICS_PRESET, default `demo`, first). Times the
 * history read, the snapshot, Louvain communities (target ≤ 10 s nationally), betweenness (exact
 * up to 2,000 organisations, else sampled) and the 40-region comparison.
 */
export const networkMetrics: BenchSection = {
  name: 'network-metrics',
  async run({ db, log }) {
    const notes: string[] = [];
    if (!(await hasOrganisations(db))) {
      const preset = (process.env.BENCH_METRICS_PRESET ?? 'demo') as PresetName;
      log(`network metrics: empty database, loading the ${preset} preset`);
      await loadDataset(db, createDataset(preset));
      notes.push(`database held no organisations: loaded the \`${preset}\` preset first`);
    }
    const asOf = '2026-11-16';
    // As networkMetrics(asOf) runs it: read, snapshot, Louvain.
    const [national, readSeconds] = await timed(() =>
      networkHistory(db, { regionCode: null, regionKind: null }),
    );
    const [analysis, snapshotSeconds] = await timed(
      () => new NetworkAnalysis(national, null, asOf),
    );
    const [communities, communitySeconds] = await timed(() => analysis.communities());
    const endToEnd = readSeconds + snapshotSeconds + communitySeconds;
    const [betweenness, betweennessSeconds] = await timed(() => analysis.betweenness());
    const [bridges, bridgeSeconds] = await timed(() => analysis.sectorBridges());
    const [history, regionReadSeconds] = await timed(() =>
      networkHistory(db, { regionCode: null, regionKind: 'RMC' }),
    );
    const regionCodes = [...new Set(history.organisations.flatMap((o) => o.regionCodes))];
    const [rows, comparisonSeconds] = await timed(() => {
      const compared = compareRegions(history, regionCodes, asOf);
      for (const row of compared) {
        row.analysis.communities();
        row.analysis.betweenness();
      }
      return compared;
    });
    const largest = [...rows].sort((a, b) => b.analysis.graph.order - a.analysis.graph.order)[0];
    const [, regionBetweennessSeconds] = await timed(() =>
      largest
        ? new NetworkAnalysis(regionPartOf(largest.analysis), null, asOf).betweenness()
        : null,
    );
    log(`network metrics: communities ${communitySeconds.toFixed(2)} s`);
    const graph = analysis.graph;
    return {
      title: 'Network metrics (issue 6)',
      metrics: [
        {
          name: 'organisations / tied pairs (national graph)',
          value: `${thousands(graph.order)} / ${thousands(graph.size)}`,
        },
        { name: 'read history from Neo4j', value: `${readSeconds.toFixed(2)} s` },
        { name: `build snapshot as of ${asOf}`, value: `${snapshotSeconds.toFixed(2)} s` },
        {
          name: 'Louvain alone, national',
          value: `${communitySeconds.toFixed(2)} s; ${communities.members.length} communities, modularity ${communities.modularity.toFixed(3)}`,
        },
        {
          name: 'communities, national, end to end (read + snapshot + Louvain)',
          value: `${endToEnd.toFixed(2)} s`,
          target: `≤ ${targetCommunitySeconds} s`,
          met: endToEnd <= targetCommunitySeconds,
        },
        {
          name: 'betweenness, national',
          value: `${betweennessSeconds.toFixed(2)} s; ${betweenness.exact ? 'exact' : `sampled ${betweenness.sampleSize} sources, seed ${betweenness.seed}`}`,
        },
        {
          name: 'sector bridges, national',
          value: `${bridgeSeconds.toFixed(2)} s; ${bridges.length} sectors`,
        },
        {
          name: `exact betweenness, largest region (${largest?.regionCode ?? '–'}, ${largest?.analysis.graph.order ?? 0} organisations)`,
          value: `${regionBetweennessSeconds.toFixed(2)} s`,
        },
        {
          name: `${rows.length} regions compared: read with regions, then communities + betweenness each`,
          value: `${regionReadSeconds.toFixed(2)} s + ${comparisonSeconds.toFixed(2)} s`,
        },
      ],
      notes: [
        ...notes,
        `Louvain seed ${metricsSeed}; betweenness exact up to ${thousands(exactBetweennessUpTo)} organisations, else ${betweennessSamples} seeded sources`,
      ],
    };
  },
};

/** A region's graph as a history again, to time exact betweenness on it afresh. */
function regionPartOf(analysis: NetworkAnalysis) {
  return {
    organisations: analysis.graph.mapNodes((id, a) => ({
      id,
      kind: a.kind,
      since: null,
      until: null,
      archived: false,
      regionCodes: [],
    })),
    ties: analysis.graph.mapEdges((edge, a, source, target) => ({
      id: edge,
      source,
      target,
      kind: a.kinds[0] ?? 'INFORMAL',
      since: null,
      until: null,
      archived: false,
    })),
  };
}
