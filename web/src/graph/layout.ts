import type { Core } from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';

// Not animated: a new region's nodes all start at one point, and animating out of it draws
// a burst of overlapping edges (and Cytoscape warnings) for no insight.
export function fcoseOptions(): FcoseLayoutOptions {
  return {
    name: 'fcose',
    quality: 'default',
    randomize: true,
    animate: false,
    fit: true,
    padding: 40,
    nodeRepulsion: 9000,
    idealEdgeLength: 90,
    nodeSeparation: 90,
  };
}

/**
 * Lays out the whole graph with fcose and calls `onDone` once it has settled.
 * Returns a cancel function: afterwards `onDone` is never called, even though stopping a
 * Cytoscape layout emits `layoutstop` itself.
 */
export function runLayout(cy: Core, onDone: () => void): () => void {
  let cancelled = false;
  const layout = cy.layout(fcoseOptions());
  layout.one('layoutstop', () => {
    if (!cancelled) onDone();
  });
  layout.run();
  return () => {
    cancelled = true;
    layout.stop();
  };
}
