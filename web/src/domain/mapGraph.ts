import type { Neighbourhood } from '../api/operations/neighbourhood';
import type { NetworkGraph } from '../api/operations/regionNetwork';
import type { NodeType, Relation, TieKind } from '../api/schema';

/** A node on the map: an organisation, professional, consultation table or municipality. */
export interface MapNode {
  readonly id: string;
  readonly type: NodeType;
  readonly label: string;
  /** An organisation's kind, a professional's role, a table's kind. */
  readonly kind: string | null;
}

export interface MapEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly relation: Relation;
  readonly tieKind: TieKind | null;
  /** The tie's own id (not global), for ties; null for other relations. */
  readonly tieId: string | null;
}

export interface MapGraph {
  readonly nodes: readonly MapNode[];
  readonly edges: readonly MapEdge[];
}

export const EMPTY_GRAPH: MapGraph = { nodes: [], edges: [] };

export function fromRegionNetwork(network: NetworkGraph): MapGraph {
  return {
    nodes: network.nodes.map(({ id, label, kind }) => ({ id, label, kind, type: 'Organisation' })),
    edges: network.edges.map(({ id, source, target, kind }) => ({
      id,
      source,
      target,
      relation: 'TIE',
      tieKind: kind,
      tieId: id,
    })),
  };
}

/** A neighbourhood as map data; `dropMunicipalities` leaves out the municipality at its centre. */
export function fromNeighbourhood(graph: Neighbourhood, dropMunicipalities = false): MapGraph {
  const nodes = graph.nodes.filter((node) => !(dropMunicipalities && node.type === 'Municipality'));
  const ids = new Set(nodes.map((node) => node.id));
  return {
    nodes: nodes.map(({ id, type, label, kind }) => ({ id, type, label, kind })),
    edges: graph.edges
      .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
      .map(({ id, source, target, relation, tieKind }) => ({
        id,
        source,
        target,
        relation,
        tieKind,
        tieId: relation === 'TIE' ? id : null,
      })),
  };
}

/** `base` with the nodes and edges of `extra` it lacks (expanding a node's neighbours). */
export function mergeGraphs(base: MapGraph, extra: MapGraph): MapGraph {
  const nodeIds = new Set(base.nodes.map((node) => node.id));
  const edgeIds = new Set(base.edges.map((edge) => edge.id));
  return {
    nodes: [...base.nodes, ...extra.nodes.filter((node) => !nodeIds.has(node.id))],
    edges: [...base.edges, ...extra.edges.filter((edge) => !edgeIds.has(edge.id))],
  };
}

/** Ties per node within the graph, which the map uses for node size. */
export function degrees(graph: MapGraph): ReadonlyMap<string, number> {
  const degree = new Map<string, number>();
  for (const edge of graph.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  return degree;
}
