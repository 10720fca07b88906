import type { Core, EdgeSingular } from 'cytoscape';
import { OVERVIEW_CLASS } from './stylesheet';

/**
 * Level of detail for the ties of a large map. One canvas redraw of thousands of ties blocks the
 * page for longer than a frame may take (a second for 15,000 ties without a GPU), and at the
 * overview zoom they are a grey mass anyway. So a large map draws its ties only once at most
 * `TIE_BUDGET` of them fall in view; before that only the emphasised ones (a selected node's
 * ties, marked paths, missing ties: see the stylesheet) and a hint to zoom in. Ties are shown
 * near the view only and in chunks across frames, so no single task restyles them all.
 */
export const TIE_BUDGET = 4_000;
/** Shown ties stay shown until this many times the budget are in view (no flicker at the edge). */
const HYSTERESIS = 1.5;
/** Ties restyled per task. */
const CHUNK = 750;
/** Wait for the viewport to rest before deciding (a pan or zoom sends many events). */
const SETTLE_MS = 120;

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** The share (0–1) of the area of `graph` that lies within `view`; 1 for a graph without area. */
export function shareInView(graph: Box, view: Box): number {
  const area = (graph.x2 - graph.x1) * (graph.y2 - graph.y1);
  if (!(area > 0)) return 1;
  const w = Math.max(0, Math.min(graph.x2, view.x2) - Math.max(graph.x1, view.x1));
  const h = Math.max(0, Math.min(graph.y2, view.y2) - Math.max(graph.y1, view.y1));
  return (w * h) / area;
}

/** Whether the ties in view are few enough to draw (ties spread evenly over the graph's box). */
export function tiesFit(ties: number, share: number, shownNow: boolean): boolean {
  return ties * share <= TIE_BUDGET * (shownNow ? HYSTERESIS : 1);
}

/** The view widened by a quarter of its size on each side: ties there are shown ahead of a pan. */
export function zoneAround(view: Box): Box {
  const dx = (view.x2 - view.x1) / 4;
  const dy = (view.y2 - view.y1) / 4;
  return { x1: view.x1 - dx, y1: view.y1 - dy, x2: view.x2 + dx, y2: view.y2 + dy };
}

export interface TieDetail {
  /** The nodes have their places: measure the graph and decide. */
  place(): void;
  /** Elements were added: give new ties the class that matches the current decision. */
  sync(): void;
  dispose(): void;
}

/** Controls the ties of a large map; `onOverview` hears whether they are held back. */
export function controlTieDetail(cy: Core, onOverview: (overview: boolean) => void): TieDetail {
  let box: Box | null = null;
  let overview = true;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let job: ReturnType<typeof setTimeout> | undefined;

  const pending = (): EdgeSingular[] => {
    const zone = overview ? null : zoneAround(cy.extent());
    const edges: EdgeSingular[] = [];
    cy.edges().forEach((edge) => {
      const change = zone
        ? edge.hasClass(OVERVIEW_CLASS) && near(cy, edge, zone)
        : !edge.hasClass(OVERVIEW_CLASS);
      if (change) edges.push(edge);
    });
    return edges;
  };
  const work = (edges: EdgeSingular[], from: number) => {
    const to = Math.min(edges.length, from + CHUNK);
    cy.batch(() => {
      for (let i = from; i < to; i += 1) edges[i]?.toggleClass(OVERVIEW_CLASS, overview);
    });
    if (to < edges.length) job = setTimeout(() => work(edges, to), 0);
  };
  const apply = () => {
    clearTimeout(job);
    const edges = pending();
    if (edges.length > 0) job = setTimeout(() => work(edges, 0), 0);
  };
  const evaluate = () => {
    if (!box || cy.destroyed()) return;
    const next = !tiesFit(cy.edges().length, shareInView(box, cy.extent()), !overview);
    if (next !== overview) {
      overview = next;
      onOverview(overview);
    }
    apply();
  };
  const onViewport = () => {
    clearTimeout(settle);
    settle = setTimeout(evaluate, SETTLE_MS);
  };
  cy.on('viewport', onViewport);
  onOverview(overview);
  return {
    place() {
      box = nodeBox(cy);
      evaluate();
    },
    sync() {
      if (overview) cy.edges().not(`.${OVERVIEW_CLASS}`).addClass(OVERVIEW_CLASS);
      else evaluate();
    },
    dispose() {
      clearTimeout(settle);
      clearTimeout(job);
      cy.off('viewport', onViewport);
    },
  };
}

/** Whether the straight line of the tie may cross the zone (its endpoints' box meets it). */
function near(cy: Core, edge: EdgeSingular, zone: Box): boolean {
  const a = cy.getElementById(edge.data('source') as string).position();
  const b = cy.getElementById(edge.data('target') as string).position();
  return (
    Math.max(a.x, b.x) >= zone.x1 &&
    Math.min(a.x, b.x) <= zone.x2 &&
    Math.max(a.y, b.y) >= zone.y1 &&
    Math.min(a.y, b.y) <= zone.y2
  );
}

/** The box around the node positions (not `cy.elements().boundingBox()`: that styles them all). */
function nodeBox(cy: Core): Box {
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  });
  return { x1, y1, x2, y2 };
}
