/// <reference lib="webworker" />
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { fcoseOptions } from './layout';
import type { LayoutRequest, LayoutResponse } from './layoutMessages';

// Runs fcose on a headless Cytoscape off the main thread, so a large map never freezes the page.
cytoscape.use(fcose);

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { nodes, edges } = event.data;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...nodes.map(({ id, x, y, size }) => ({ data: { id, size }, position: { x, y } })),
      ...edges.map(([source, target], index) => ({ data: { id: `e${index}`, source, target } })),
    ],
  });
  const layout = cy.layout(fcoseOptions(nodes.length, false));
  layout.one('layoutstop', () => {
    const positions: LayoutResponse['positions'] = cy
      .nodes()
      .map((node) => [node.id(), node.position('x'), node.position('y')]);
    (self as unknown as Worker).postMessage({ positions } satisfies LayoutResponse);
    cy.destroy();
  });
  layout.run();
};
