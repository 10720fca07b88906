import type { Core, Css } from 'cytoscape';
import { FADED_CLASS, MARKED_CLASS } from './stylesheet';

/**
 * Extension point for views that draw analyses on a `NetworkGraph` (Hiaten, Overdrachten):
 * they hold the instance through `onInstance` and push their own classes and per-edge styles
 * into it after the graph's elements are in place (re-run whenever the graph changes).
 */

/** Gives `className` to exactly the elements with these ids; returns how many carry it now. */
export function applyClass(cy: Core, className: string, ids: ReadonlySet<string>): number {
  let count = 0;
  cy.batch(() => {
    // Only elements whose class changes: restyling every element of a large map is slow.
    cy.elements().forEach((element) => {
      const on = ids.has(element.id());
      if (on !== element.hasClass(className)) element.toggleClass(className, on);
      if (on) count += 1;
    });
  });
  return count;
}

/**
 * Marks these elements (bold) and fades everything else; an empty set clears the marks.
 * Returns how many elements are marked.
 */
export function applyMarks(cy: Core, ids: ReadonlySet<string>): number {
  let count = 0;
  cy.batch(() => {
    cy.elements(`.${MARKED_CLASS}, .${FADED_CLASS}`).removeClass(`${MARKED_CLASS} ${FADED_CLASS}`);
    if (ids.size === 0) return;
    const marked = cy.elements().filter((element) => ids.has(element.id()));
    count = marked.length;
    if (count === 0) return;
    marked.addClass(MARKED_CLASS);
    cy.elements().not(marked).addClass(FADED_CLASS);
  });
  return count;
}

/** Brings the marked elements into view (at once when the user prefers reduced motion). */
export function showMarked(cy: Core, ids: ReadonlySet<string>): void {
  const marked = cy.elements().filter((element) => ids.has(element.id()));
  if (marked.empty()) return;
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  cy.animate({ fit: { eles: marked, padding: 80 } }, { duration: reducedMotion ? 0 : 300 });
}

/** Per-edge style bypasses (width, colour, arrows) for data the shared stylesheet knows nothing of. */
export function applyEdgeStyles(cy: Core, styles: ReadonlyMap<string, Css.Edge>): void {
  cy.batch(() => {
    for (const [id, style] of styles) {
      const edge = cy.getElementById(id);
      if (edge.nonempty() && edge.isEdge()) edge.style(style);
    }
  });
}
