import type { Core, NodeCollection } from 'cytoscape';

/**
 * Places nodes just added (e.g. a node's neighbours, expanded) on a ring around a neighbour
 * that was already drawn, so the rest of the map keeps its layout.
 */
export function placeAroundNeighbours(cy: Core, added: NodeCollection): void {
  const addedIds = new Set(added.map((node) => node.id()));
  const ringIndex = new Map<string, number>();
  cy.batch(() => {
    added.forEach((node) => {
      const anchor = node.neighborhood('node').filter((other) => !addedIds.has(other.id()))[0];
      if (!anchor) return;
      const index = ringIndex.get(anchor.id()) ?? 0;
      ringIndex.set(anchor.id(), index + 1);
      const angle = index * 2.399963;
      const radius = 70 + 12 * Math.sqrt(index);
      const { x, y } = anchor.position();
      node.position({ x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) });
    });
  });
}
