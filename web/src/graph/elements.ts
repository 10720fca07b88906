import type { ElementDefinition } from 'cytoscape';
import type { NetworkGraph } from '../api/operations/regionNetwork';

/**
 * Flat, scalar element data only: Cytoscape copies and diffs it, and the stylesheet reads it
 * through `data(...)` selectors and mappers.
 */
export function toElements(network: NetworkGraph): ElementDefinition[] {
  const nodeIds = new Set(network.nodes.map((node) => node.id));
  const nodes = network.nodes.map(({ id, label, kind, degree }, index) => ({
    group: 'nodes' as const,
    data: { id, label, kind, degree },
    position: spiralPosition(index),
  }));
  // An edge to an organisation outside the drawn set would make Cytoscape throw; skip it.
  const edges = network.edges
    .filter((edge) => nodeIds.has(edge.source) && nodeIds.has(edge.target))
    .map(({ id, source, target, kind }) => ({
      group: 'edges' as const,
      data: { id, source, target, kind },
    }));
  return [...nodes, ...edges];
}

// fcose measures the graph before placing it; if every new node sat at the origin, each edge
// would have coinciding endpoints (Cytoscape warns about every one). A sunflower spiral gives
// distinct, deterministic starting points.
function spiralPosition(index: number): { x: number; y: number } {
  const radius = 30 * Math.sqrt(index);
  const angle = index * 2.399963; // the golden angle, in radians
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}
