import type { Core } from 'cytoscape';
import { FADED_CLASS, NEIGHBOUR_CLASS, SELECTED_CLASS } from './stylesheet';

/** Marks the selected node and its ties; everything else fades. */
export function applySelection(cy: Core, selectedId: string | null): void {
  cy.batch(() => {
    // Only the elements that carry a class: restyling every element of a large map is slow.
    cy.elements(`.${SELECTED_CLASS}, .${NEIGHBOUR_CLASS}, .${FADED_CLASS}`).removeClass(
      `${SELECTED_CLASS} ${NEIGHBOUR_CLASS} ${FADED_CLASS}`,
    );
    if (selectedId === null) return;
    const node = cy.getElementById(selectedId);
    if (node.empty()) return;
    const neighbourhood = node.closedNeighborhood();
    node.addClass(SELECTED_CLASS);
    neighbourhood.not(node).addClass(NEIGHBOUR_CLASS);
    cy.elements().not(neighbourhood).addClass(FADED_CLASS);
  });
}

/** Pans to a node only when it is out of view, so clicking on the map does not move it. */
export function revealNode(cy: Core, nodeId: string): void {
  const node = cy.getElementById(nodeId);
  if (node.empty()) return;
  const { x1, x2, y1, y2 } = cy.extent();
  const { x, y } = node.position();
  if (x >= x1 && x <= x2 && y >= y1 && y <= y2) return;
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  cy.animate({ center: { eles: node } }, { duration: reducedMotion ? 0 : 300 });
}
