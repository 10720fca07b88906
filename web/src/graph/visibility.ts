import type { Core } from 'cytoscape';
import type { FilterOutcome } from '../domain/filters';
import { HIDDEN_CLASS, STALE_CLASS } from './stylesheet';

/** Hides what the filters leave out with a class, so positions survive a change of filter. */
export function applyVisibility(cy: Core, outcome: FilterOutcome | null): void {
  cy.batch(() => {
    cy.elements().forEach((element) => {
      const id = element.id();
      const hidden = element.isNode()
        ? (outcome?.hiddenNodes.has(id) ?? false)
        : (outcome?.hiddenEdges.has(id) ?? false);
      element.toggleClass(HIDDEN_CLASS, hidden);
      if (element.isEdge()) element.toggleClass(STALE_CLASS, outcome?.staleEdges.has(id) ?? false);
    });
  });
}

export function visibleCounts(cy: Core): { nodes: number; edges: number } {
  return {
    nodes: cy.nodes().filter((node) => !node.hasClass(HIDDEN_CLASS)).length,
    edges: cy
      .edges()
      .filter(
        (edge) =>
          !edge.hasClass(HIDDEN_CLASS) &&
          !edge.source().hasClass(HIDDEN_CLASS) &&
          !edge.target().hasClass(HIDDEN_CLASS),
      ).length,
  };
}
