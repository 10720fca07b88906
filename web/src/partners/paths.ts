import type { NetworkPath, PartnerSuggestion, PathLink } from '../api/operations/partners';
import type { MapEdge, MapGraph, MapNode } from '../domain/mapGraph';

/** The path part of a suggestion's reasons; null when there is none (or no asker). */
export function pathOf(suggestion: PartnerSuggestion): NetworkPath | null {
  for (const reason of suggestion.reasons) {
    if (reason.__typename === 'PathReason') return reason.path;
  }
  return null;
}

/** One id per link, whichever path it lies on, so paths sharing a step share its edge. */
export function pathEdgeId(from: string, to: string, link: PathLink): string {
  const [a, b] = from < to ? [from, to] : [to, from];
  return `path:${link.relation}:${a}:${b}`;
}

/** The ids of a path's nodes and edges, for marking it on the drawing. */
export function pathElementIds(path: NetworkPath): Set<string> {
  const ids = new Set(path.nodes.map((node) => node.id));
  for (const [index, link] of path.links.entries()) {
    const from = path.nodes[index];
    const to = path.nodes[index + 1];
    if (from && to) ids.add(pathEdgeId(from.id, to.id, link));
  }
  return ids;
}

/** All the suggestions' paths as one small graph: they start at the asker, so they meet there. */
export function pathsGraph(suggestions: readonly PartnerSuggestion[]): MapGraph {
  const nodes = new Map<string, MapNode>();
  const edges = new Map<string, MapEdge>();
  for (const path of suggestions.map(pathOf)) {
    if (!path) continue;
    for (const node of path.nodes) {
      nodes.set(node.id, {
        id: node.id,
        type: node.type === 'ORGANISATION' ? 'Organisation' : 'Professional',
        label: node.name,
        kind: node.kind,
      });
    }
    for (const [index, link] of path.links.entries()) {
      const from = path.nodes[index];
      const to = path.nodes[index + 1];
      if (!from || !to) continue;
      const id = pathEdgeId(from.id, to.id, link);
      edges.set(id, {
        id,
        source: from.id,
        target: to.id,
        relation: link.relation,
        tieKind: link.tieKind,
        tieId: null,
      });
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
