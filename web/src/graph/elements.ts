import type { ElementDefinition } from 'cytoscape';
import { degrees, type MapGraph } from '../domain/mapGraph';
import { OVERVIEW_CLASS } from './stylesheet';

/**
 * Flat, scalar element data only: Cytoscape copies and diffs it, and the stylesheet reads it
 * through `data(...)` selectors (no per-element mappers: see stylesheet.ts).
 */
export function toElements(graph: MapGraph): ElementDefinition[] {
  const nodeIds = new Set(graph.nodes.map((node) => node.id));
  const degree = degrees(graph);
  const nodes = graph.nodes.map(({ id, label, type, kind }, index) => ({
    group: 'nodes' as const,
    data: { id, label, type, kind, sizeClass: sizeClass(degree.get(id) ?? 0) },
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

/**
 * The elements as a large map holds them. Its nodes pan the map when dragged (moving one of
 * thousands by hand helps no one, and a drag anywhere then pans). On a fresh layout its ties
 * start held back (`OVERVIEW_CLASS`): thousands of lines across the starting spiral cost seconds
 * to draw and show nothing; tieDetail.ts draws them once the layout is done and the view is close
 * enough.
 */
export function forLargeMap(
  elements: readonly ElementDefinition[],
  freshLayout: boolean,
): ElementDefinition[] {
  return elements.map((element) =>
    element.group === 'edges'
      ? freshLayout
        ? { ...element, classes: OVERVIEW_CLASS }
        : element
      : { ...element, pannable: true },
  );
}

/** The node's size bucket by its number of ties: 0–1, 2–4, 5–9, 10–19, 20 or more. */
export function sizeClass(degree: number): number {
  if (degree >= 20) return 4;
  if (degree >= 10) return 3;
  if (degree >= 5) return 2;
  return degree >= 2 ? 1 : 0;
}

// fcose measures the graph before placing it; if every new node sat at the origin, each edge
// would have coinciding endpoints (Cytoscape warns about every one). A sunflower spiral gives
// distinct, deterministic starting points.
export function spiralPosition(index: number): { x: number; y: number } {
  const radius = 30 * Math.sqrt(index);
  const angle = index * 2.399963; // the golden angle, in radians
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}
