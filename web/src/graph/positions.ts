import type { Core, NodeSingular } from 'cytoscape';
import { fitToPositions } from './viewport';

/** Nodes moved per task: moving one costs Cytoscape events and bounds for it and its ties. */
export const POSITION_CHUNK = 600;

type Point = { readonly x: number; readonly y: number };

/**
 * Moves the nodes to the places a layout gave them and fits the view to those places. A large map
 * moves its nodes a chunk per frame, so no single task moves (and redraws) thousands at once; the
 * view is fitted first, so the node textures are drawn at the final zoom only. `onDone` follows
 * the last chunk; the returned function cancels what is left (and `onDone`).
 */
export function applyPositions(
  cy: Core,
  positions: readonly (readonly [id: string, x: number, y: number])[],
  onDone: () => void,
): () => void {
  const byId = new Map<string, Point>(positions.map(([id, x, y]) => [id, { x, y }]));
  const nodes = cy.nodes().toArray() as NodeSingular[];
  fitToPositions(cy, byId.values());
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const move = (from: number) => {
    if (cy.destroyed()) return;
    const to = Math.min(nodes.length, from + POSITION_CHUNK);
    cy.batch(() => {
      for (let i = from; i < to; i += 1) {
        const node = nodes[i];
        const place = node && !node.removed() ? byId.get(node.id()) : undefined;
        if (node && place) node.position(place);
      }
    });
    if (to >= nodes.length) {
      onDone();
      return;
    }
    // Let the browser draw the chunk before the next one.
    frame = requestAnimationFrame(() => {
      timer = setTimeout(() => move(to), 0);
    });
  };
  move(0);
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
