import type { Core } from 'cytoscape';

/** Room around the drawing, in screen pixels (as `cy.fit(undefined, 40)`). */
const PADDING = 40;
/** Half the largest node (see NODE_SIZES), so nodes at the edge are drawn whole. */
const NODE_MARGIN = 26;

type Point = { readonly x: number; readonly y: number };

/**
 * Fits the viewport to these node positions. Unlike `cy.fit()` it does not ask Cytoscape for
 * the bounding box of every element (which computes the style and label size of each one
 * first): with thousands of elements that alone blocked the page for seconds.
 */
export function fitToPositions(cy: Core, positions: Iterable<Point>): void {
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (const { x, y } of positions) {
    if (x < x1) x1 = x;
    if (x > x2) x2 = x;
    if (y < y1) y1 = y;
    if (y > y2) y2 = y;
  }
  if (!Number.isFinite(x1)) return;
  const width = cy.width();
  const height = cy.height();
  const spanX = x2 - x1 + 2 * NODE_MARGIN;
  const spanY = y2 - y1 + 2 * NODE_MARGIN;
  const zoom = clamp(
    Math.min((width - 2 * PADDING) / spanX, (height - 2 * PADDING) / spanY),
    cy.minZoom(),
    cy.maxZoom(),
  );
  cy.viewport({
    zoom,
    pan: { x: width / 2 - (zoom * (x1 + x2)) / 2, y: height / 2 - (zoom * (y1 + y2)) / 2 },
  });
}

/** Fits the viewport to the nodes where they stand. */
export function fitToNodes(cy: Core): void {
  fitToPositions(
    cy,
    cy.nodes().map((node) => node.position()),
  );
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
