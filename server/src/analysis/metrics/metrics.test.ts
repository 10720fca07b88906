import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { NetworkAnalysis } from './analysis.js';
import { betweenness } from './betweenness.js';
import { sectorBridges } from './brokers.js';
import { communities } from './communities.js';
import type { NetworkHistory } from './network-store.js';
import { networkOn } from './snapshot.js';
import { organisation, tie, twoClusters } from './test-history.js';

/** A ring of 60 with chords: big enough that sampling has something to choose. */
function ring(): NetworkHistory {
  const ids = Array.from({ length: 60 }, (_, i) => `o${String(i).padStart(2, '0')}`);
  const organisations = ids.map((id, i) => organisation(id, i % 3 ? 'SCHOOL_PO' : 'GGD'));
  const ties = ids.flatMap((id, i) => [
    tie(id, ids[(i + 1) % 60] as string),
    ...(i % 7 === 0 ? [tie(id, ids[(i + 13) % 60] as string)] : []),
  ]);
  return { organisations, ties };
}

describe('betweenness', () => {
  it('is exact on a small network: the one bridge between two groups is the highest', () => {
    const graph = networkOn(twoClusters(), '2026-01-01');
    const result = betweenness(graph);
    expect(result).toMatchObject({ exact: true, sampleSize: 9, seed: null });
    const top = Object.entries(result.values).sort((a, b) => b[1] - a[1])[0];
    expect(top?.[0]).toBe('lp');
  });

  it('sampled from every source equals the exact value; from fewer, is the same every run', () => {
    const graph = networkOn(ring(), '2026-01-01');
    const exact = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    const full = betweenness(graph, { exactUpTo: 0, samples: 60 });
    expect(full.exact).toBe(false);
    for (const [id, value] of Object.entries(exact)) expect(full.values[id]).toBeCloseTo(value, 10);
    const sampled = betweenness(graph, { exactUpTo: 0, samples: 20, seed: 7 });
    expect(sampled).toMatchObject({ exact: false, sampleSize: 20, seed: 7 });
    expect(betweenness(graph, { exactUpTo: 0, samples: 20, seed: 7 }).values).toEqual(
      sampled.values,
    );
    expect(betweenness(graph, { exactUpTo: 0, samples: 20, seed: 8 }).values).not.toEqual(
      sampled.values,
    );
  });
});

describe('communities', () => {
  it('splits two groups apart, the same way every time', () => {
    const graph = networkOn(twoClusters(), '2026-01-01');
    const first = communities(graph);
    expect(first.members.length).toBe(2);
    expect(first.of.s1).toBe(first.of.s4);
    expect(first.of.c1).toBe(first.of.c4);
    expect(first.of.s1).not.toBe(first.of.c1);
    expect(first.modularity).toBeGreaterThan(0.3);
    expect(communities(networkOn(twoClusters(), '2026-01-01'))).toEqual(first);
  });

  it('gives each organisation of an edgeless network a community of its own', () => {
    const graph = networkOn({ organisations: [organisation('a', 'OM')], ties: [] }, '2026-01-01');
    expect(communities(graph)).toMatchObject({ of: { a: 0 }, members: [['a']], modularity: 0 });
  });
});

describe('brokers between sectors', () => {
  it('names the sole broker of a sector with share 1', () => {
    const history = twoClusters();
    history.organisations.push(organisation('uwv', 'UWV'), organisation('emp', 'EMPLOYER'));
    history.ties.push(tie('uwv', 'emp'), tie('uwv', 'lp'), tie('emp', 'lp'));
    const bridges = sectorBridges(networkOn(history, '2026-01-01'));
    const work = bridges.find((b) => b.sector === 'WORK');
    expect(work).toMatchObject({ outsideTies: 2 });
    expect(work?.gatekeepers).toEqual([{ organisationId: 'lp', ties: 2, share: 1 }]);
    const care = bridges.find((b) => b.sector === 'CARE');
    expect(care?.gatekeepers[0]).toEqual({ organisationId: 'lp', ties: 1, share: 1 });
  });

  it('counts cross-sector ties and density in the analysis', () => {
    const analysis = new NetworkAnalysis(twoClusters(), null, '2026-01-01');
    expect(analysis.crossSector().lp).toEqual({ crossSectorTies: 2, sectorsReached: 2 });
    expect(analysis.crossSector().s2).toEqual({ crossSectorTies: 0, sectorsReached: 0 });
    expect(analysis.density()).toBeCloseTo(14 / 36, 10);
    expect(analysis.crossSectorShare()).toBeCloseTo(2 / 14, 10);
  });
});
