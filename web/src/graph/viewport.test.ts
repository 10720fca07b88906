import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { fitToPositions } from './viewport';

/** Just what fitToPositions asks of Cytoscape: a 1000 × 600 canvas. */
function fakeCore() {
  const viewport: { zoom?: number; pan?: { x: number; y: number } } = {};
  const cy = {
    width: () => 1000,
    height: () => 600,
    minZoom: () => 0.05,
    maxZoom: () => 3,
    viewport: (next: typeof viewport) => Object.assign(viewport, next),
  };
  return { cy: cy as unknown as Core, viewport };
}

describe('fitToPositions', () => {
  it('centres the nodes and fits them, padded, into the canvas', () => {
    const { cy, viewport } = fakeCore();
    fitToPositions(cy, [
      { x: -500, y: -100 },
      { x: 1500, y: 300 },
    ]);
    // Width decides: (1000 - 80) / (2000 + 52).
    const zoom = 920 / 2052;
    expect(viewport.zoom).toBeCloseTo(zoom, 6);
    expect(viewport.pan?.x).toBeCloseTo(500 - zoom * 500, 6);
    expect(viewport.pan?.y).toBeCloseTo(300 - zoom * 100, 6);
  });

  it('keeps within the zoom limits and leaves an empty map alone', () => {
    const { cy, viewport } = fakeCore();
    fitToPositions(cy, [{ x: 10, y: 10 }]);
    expect(viewport.zoom).toBe(3);
    const empty = fakeCore();
    fitToPositions(empty.cy, []);
    expect(empty.viewport.zoom).toBeUndefined();
  });
});
