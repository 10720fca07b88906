import type { ElementDefinition } from 'cytoscape';
import { degrees, type MapGraph } from '../domain/mapGraph';

/**
 * Flat, scalar element data only: Cytoscape copies and diffs it, and the stylesheet reads it
 * through `data(...)` selectors and mappers.
 */
export function toElements(graph: MapGraph): ElementDefinition[] {
  const nodeIds = new Set(graph.nodes.map((node) => node.id));
  const degree = degrees(graph);
  const nodes = graph.nodes.map(({ id, label, type, kind }, index) => ({
    group: 'nodes' as const,
    data: { id, label, type, kind, degree: degree.get(id) ?? 0 },
    position: spiralPosition(index),
  }));
  // An edge to a node outside the drawn set would make Cytoscape throw; skip it.
  const edges = graph.edges
    .filter((edge) => nodeIds.has(edge.source) && nodeIds.has(edge.target))
    .map(({ id, source, target, relation, tieKind }) => ({
      group: 'edges' as const,
      data: { id, source, target, relation, tieKind },
    }));
  return [...nodes, ...edges];
}

// fcose measures the graph before placing it; if every new node sat at the origin, each edge
// would have coinciding endpoints (Cytoscape warns about every one). A sunflower spiral gives
// distinct, deterministic starting points.
export function spiralPosition(index: number): { x: number; y: number } {
  const radius = 30 * Math.sqrt(index);
  const angle = index * 2.399963; // the golden angle, in radians
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}
