import type { Core } from 'cytoscape';
import type { FilterOutcome } from '../domain/filters';
import { HIDDEN_CLASS, STALE_CLASS } from './stylesheet';

const NONE: ReadonlySet<string> = new Set();

/**
 * Hides what the filters leave out with a class, so positions survive a change of filter. Only
 * elements whose class changes are touched: a class change restyles the element, and on a large
 * graph restyling all of them for nothing blocked the page.
 */
export function applyVisibility(cy: Core, outcome: FilterOutcome | null): void {
  cy.batch(() => {
    syncClass(cy, 'node', HIDDEN_CLASS, outcome?.hiddenNodes ?? NONE);
    syncClass(cy, 'edge', HIDDEN_CLASS, outcome?.hiddenEdges ?? NONE);
    syncClass(cy, 'edge', STALE_CLASS, outcome?.staleEdges ?? NONE);
  });
}

/** Gives `className` to exactly those nodes (or edges) whose id is in `ids`. */
function syncClass(
  cy: Core,
  group: 'node' | 'edge',
  className: string,
  ids: ReadonlySet<string>,
): void {
  cy.elements(`${group}.${className}`).forEach((element) => {
    if (!ids.has(element.id())) element.removeClass(className);
  });
  if (ids.size === 0) return;
  cy.elements(group).forEach((element) => {
    if (ids.has(element.id()) && !element.hasClass(className)) element.addClass(className);
  });
}

export function visibleCounts(cy: Core): { nodes: number; edges: number } {
  const hiddenNodes = cy.nodes(`.${HIDDEN_CLASS}`);
  const hiddenEdges = cy.edges(`.${HIDDEN_CLASS}`).union(hiddenNodes.connectedEdges());
  return {
    nodes: cy.nodes().length - hiddenNodes.length,
    edges: cy.edges().length - hiddenEdges.length,
  };
}
