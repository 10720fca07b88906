import type { Core } from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import type { LayoutRequest, LayoutResponse } from './layoutMessages';
import { applyPositions } from './positions';
import { NODE_SIZES } from './stylesheet';

/** Above this many nodes fcose runs its fast spectral ("draft") pass only. */
const DRAFT_ABOVE_NODES = 1_500;

// Not animated: a new region's nodes all start at one point, and animating out of it draws
// a burst of overlapping edges (and Cytoscape warnings) for no insight.
export function fcoseOptions(nodeCount = 0, fit = true): FcoseLayoutOptions {
  return {
    name: 'fcose',
    quality: nodeCount > DRAFT_ABOVE_NODES ? 'draft' : 'default',
    randomize: true,
    animate: false,
    fit,
    padding: 40,
    nodeRepulsion: 9000,
    idealEdgeLength: 90,
    nodeSeparation: 90,
  };
}

/**
 * Lays out the whole graph with fcose in a web worker and calls `onDone` once the positions are
 * applied; without workers (or if the worker fails) it runs on the main thread instead. It starts
 * once the browser has painted the elements where they stand, so a large map shows at once.
 * Returns a cancel function: afterwards `onDone` is never called.
 */
export function runLayout(cy: Core, onDone: () => void): () => void {
  let cancelLayout: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => {
      cancelLayout = startLayout(cy, onDone);
    }, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    cancelLayout?.();
  };
}

function startLayout(cy: Core, onDone: () => void): () => void {
  let cancelled = false;
  const finish = () => {
    if (!cancelled) onDone();
  };
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  if (!worker) {
    return runOnMainThread(cy, finish, () => {
      cancelled = true;
    });
  }
  const activeWorker = worker;
  let cancelPositions: (() => void) | null = null;
  activeWorker.onmessage = (event: MessageEvent<LayoutResponse>) => {
    activeWorker.terminate();
    if (cancelled) return;
    cancelPositions = applyPositions(cy, event.data.positions, finish);
  };
  activeWorker.onerror = (event) => {
    event.preventDefault();
    activeWorker.terminate();
    if (!cancelled) runOnMainThread(cy, finish, () => {});
  };
  activeWorker.postMessage(layoutRequest(cy));
  return () => {
    cancelled = true;
    activeWorker.terminate();
    cancelPositions?.();
  };
}

// Read from element data and positions only: asking Cytoscape for each node's rendered width or
// each edge's endpoint elements computes styles and builds collections, seconds on a large map.
function layoutRequest(cy: Core): LayoutRequest {
  const diameters = new Map(NODE_SIZES);
  return {
    nodes: cy.nodes().map((node) => {
      const { x, y } = node.position();
      const size = diameters.get(node.data('sizeClass') as number) ?? NODE_SIZES[0]?.[1] ?? 18;
      return { id: node.id(), x, y, size };
    }),
    edges: cy.edges().map((edge) => [edge.data('source'), edge.data('target')] as const),
  };
}

function runOnMainThread(cy: Core, onDone: () => void, onCancel: () => void): () => void {
  const layout = cy.layout(fcoseOptions(cy.nodes().length));
  layout.one('layoutstop', () => onDone());
  layout.run();
  return () => {
    onCancel();
    layout.stop();
  };
}
