import { UndirectedGraph } from 'graphology';
import { connectedComponents } from 'graphology-components';
import type { OrganisationKind } from '../../network/kinds.js';
import { type Sector, sectorOf, sectors } from './sectors.js';

export interface SinglePointOfFailure {
  /** The organisation whose loss cuts the sector off from every other sector. */
  brokerId: string;
  sector: Sector;
  /** The sector's organisations (the broker aside) that lose every path to another sector. */
  cutOffIds: string[];
  /** When one tie alone joins the sector to the rest: that tie (a bridge). */
  bridgeTieId: string | null;
}

type Node = { id: string; kind: OrganisationKind };
type Edge = { id: string; fromId: string; toId: string };

function buildGraph(organisations: readonly Node[], ties: readonly Edge[]) {
  const graph = new UndirectedGraph<{ sector: Sector }, { tieIds: string[] }>();
  for (const o of organisations) graph.addNode(o.id, { sector: sectorOf[o.kind] });
  for (const t of ties) {
    if (t.fromId === t.toId || !graph.hasNode(t.fromId) || !graph.hasNode(t.toId)) continue;
    graph.updateEdge(t.fromId, t.toId, (attributes) => ({
      tieIds: [...(attributes.tieIds ?? []), t.id],
    }));
  }
  return graph;
}

/** Organisations of `sector` that share a connected component with another sector. */
function connectedOut(graph: UndirectedGraph<{ sector: Sector }>, sector: Sector): Set<string> {
  const out = new Set<string>();
  for (const component of connectedComponents(graph)) {
    const own = component.filter((id) => graph.getNodeAttribute(id, 'sector') === sector);
    if (own.length > 0 && own.length < component.length) for (const id of own) out.add(id);
  }
  return out;
}

/**
 * Single points of failure of a region's organisation graph: an organisation whose loss leaves
 * a whole sector (e.g. WORK: UWV, Werk & Inkomen, employers) without any path to the other
 * sectors. Only an organisation at an end of every tie crossing the sector's border can be one;
 * the graph's connected components (graphology) without it give what it cuts off.
 */
export function singlePointsOfFailure(
  organisations: readonly Node[],
  ties: readonly Edge[],
): SinglePointOfFailure[] {
  const graph = buildGraph(organisations, ties);
  const found: SinglePointOfFailure[] = [];
  for (const sector of sectors) {
    const crossing = graph.filterEdges(
      (_edge, _attributes, _source, _target, s, t) =>
        (s.sector === sector) !== (t.sector === sector),
    );
    if (crossing.length === 0) continue;
    let candidates: string[] = graph.extremities(crossing[0] as string);
    for (const edge of crossing.slice(1)) {
      const ends = graph.extremities(edge);
      candidates = candidates.filter((id) => ends.includes(id));
    }
    const before = connectedOut(graph, sector);
    const bridge =
      crossing.length === 1 ? graph.getEdgeAttribute(crossing[0] as string, 'tieIds') : [];
    for (const brokerId of candidates.sort()) {
      const without = graph.copy();
      without.dropNode(brokerId);
      const after = connectedOut(without, sector);
      const cutOffIds = [...before].filter((id) => id !== brokerId && !after.has(id)).sort();
      if (after.size > 0 || cutOffIds.length === 0) continue;
      found.push({
        brokerId,
        sector,
        cutOffIds,
        bridgeTieId: bridge.length === 1 ? (bridge[0] ?? null) : null,
      });
    }
  }
  return found;
}
