import { density } from 'graphology-metrics/graph/density.js';
import { type Betweenness, betweenness } from './betweenness.js';
import { crossSectorTies, type SectorBridge, sectorBridges } from './brokers.js';
import { type Communities, communities } from './communities.js';
import type { NetworkHistory } from './network-store.js';
import { type NetworkGraph, networkOn } from './snapshot.js';

const once = <T>(compute: () => T) => {
  let value: { v: T } | undefined;
  return () => {
    value ??= { v: compute() };
    return value.v;
  };
};

/**
 * The metrics of one network on one day. Each metric is computed when first asked for and kept,
 * so a request for communities alone never pays for betweenness.
 */
export class NetworkAnalysis {
  readonly graph: NetworkGraph;

  constructor(
    history: NetworkHistory,
    /** The region analysed; null: the whole country. */
    readonly regionCode: string | null,
    readonly asOf: string,
  ) {
    this.graph = networkOn(history, asOf);
  }

  /** Tied pairs out of all possible pairs, 0–1. */
  density(): number {
    return this.graph.order < 2 ? 0 : density(this.graph);
  }

  averageDegree(): number {
    return this.graph.order === 0 ? 0 : (2 * this.graph.size) / this.graph.order;
  }

  /** Share of the tied pairs that join two sectors, 0–1. */
  crossSectorShare(): number {
    if (this.graph.size === 0) return 0;
    let crossing = 0;
    this.graph.forEachEdge((_e, _a, _s, _t, a, b) => {
      if (a.sector !== b.sector) crossing++;
    });
    return crossing / this.graph.size;
  }

  readonly communities: () => Communities = once(() => communities(this.graph));
  readonly betweenness: () => Betweenness = once(() => betweenness(this.graph));
  readonly crossSector = once(() => crossSectorTies(this.graph));
  readonly sectorBridges: () => SectorBridge[] = once(() => sectorBridges(this.graph));
}

/** The part of a history within one region: its organisations and the ties among them. */
export function regionPart(history: NetworkHistory, regionCode: string): NetworkHistory {
  const organisations = history.organisations.filter((o) => o.regionCodes.includes(regionCode));
  const ids = new Set(organisations.map((o) => o.id));
  return {
    organisations,
    ties: history.ties.filter((t) => ids.has(t.source) && ids.has(t.target)),
  };
}
