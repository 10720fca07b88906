import { UndirectedGraph } from 'graphology';
import type { OrganisationKind, TieKind } from '../../network/kinds.js';
import type { Lifetime, NetworkHistory } from './network-store.js';
import { type Sector, sectorOf } from './sectors.js';

export interface NodeAttributes {
  kind: OrganisationKind;
  sector: Sector;
}
export interface EdgeAttributes {
  /** The kinds of tie between the pair (two organisations may be tied in several ways). */
  kinds: TieKind[];
}
/** The network on one day: organisations, and one edge per pair of tied organisations. */
export type NetworkGraph = UndirectedGraph<NodeAttributes, EdgeAttributes>;

/** Part of the network on `date` (YYYY-MM-DD): started on or before it and not yet ended. */
export function presentOn(lifetime: Lifetime, date: string): boolean {
  if (lifetime.since !== null && lifetime.since > date) return false;
  if (!lifetime.archived) return true;
  return lifetime.until !== null && lifetime.until > date;
}

/**
 * The network as it was on `date`: the organisations present that day and the ties present
 * that day between two of them. Built in id order, so that algorithms that depend on the
 * order of nodes (Louvain) give the same answer every time.
 */
export function networkOn(history: NetworkHistory, date: string): NetworkGraph {
  const graph: NetworkGraph = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const o of history.organisations) {
    if (presentOn(o, date)) graph.addNode(o.id, { kind: o.kind, sector: sectorOf[o.kind] });
  }
  for (const t of history.ties) {
    if (t.source === t.target || !presentOn(t, date)) continue;
    if (!graph.hasNode(t.source) || !graph.hasNode(t.target)) continue;
    graph.updateEdge(t.source, t.target, (attributes) => ({
      kinds: [...new Set([...(attributes.kinds ?? []), t.kind])].sort(),
    }));
  }
  return graph;
}
