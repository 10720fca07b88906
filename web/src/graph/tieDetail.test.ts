import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forLargeMap } from './elements';
import { MARKED_CLASS, OVERVIEW_CLASS } from './stylesheet';
import { controlTieDetail, shareInView, TIE_BUDGET, tiesFit, zoneAround } from './tieDetail';

describe('shareInView', () => {
  const graph = { x1: 0, y1: 0, x2: 100, y2: 100 };
  it('is the part of the graph area within the view', () => {
    expect(shareInView(graph, { x1: -50, y1: -50, x2: 150, y2: 150 })).toBe(1);
    expect(shareInView(graph, { x1: 0, y1: 0, x2: 50, y2: 50 })).toBe(0.25);
    expect(shareInView(graph, { x1: 200, y1: 0, x2: 300, y2: 100 })).toBe(0);
  });
  it('is 1 for a graph without area', () => {
    expect(shareInView({ x1: 5, y1: 5, x2: 5, y2: 5 }, { x1: 0, y1: 0, x2: 1, y2: 1 })).toBe(1);
  });
});

describe('tiesFit', () => {
  it('draws ties once at most the budget is in view, and keeps them a little beyond', () => {
    expect(tiesFit(15_000, 1, false)).toBe(false);
    expect(tiesFit(15_000, TIE_BUDGET / 15_000, false)).toBe(true);
    expect(tiesFit(15_000, (1.2 * TIE_BUDGET) / 15_000, false)).toBe(false);
    expect(tiesFit(15_000, (1.2 * TIE_BUDGET) / 15_000, true)).toBe(true);
    expect(tiesFit(1_000, 1, false)).toBe(true);
  });
});

describe('zoneAround', () => {
  it('widens the view by a quarter of its size on each side', () => {
    expect(zoneAround({ x1: 0, y1: 0, x2: 100, y2: 40 })).toEqual({
      x1: -25,
      y1: -10,
      x2: 125,
      y2: 50,
    });
  });
});

/** A 100 × 100 grid of nodes 10 apart, each tied to its right-hand neighbour (9,900 ties). */
function grid(): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  for (let row = 0; row < 100; row += 1) {
    for (let col = 0; col < 100; col += 1) {
      const id = `n${row}-${col}`;
      elements.push({ group: 'nodes', data: { id }, position: { x: col * 10, y: row * 10 } });
      if (col > 0) {
        const source = `n${row}-${col - 1}`;
        elements.push({ group: 'edges', data: { id: `e${id}`, source, target: id } });
      }
    }
  }
  return elements;
}

describe('controlTieDetail', () => {
  let cy: Core;
  let view = { x1: -10, y1: -10, x2: 1000, y2: 1000 };
  beforeEach(() => {
    vi.useFakeTimers();
    view = { x1: -10, y1: -10, x2: 1000, y2: 1000 };
    cy = cytoscape({
      headless: true,
      layout: { name: 'preset' },
      elements: forLargeMap(grid(), true),
    });
    vi.spyOn(cy, 'extent').mockImplementation(() => ({ ...view, w: 0, h: 0 }));
  });
  afterEach(() => {
    vi.useRealTimers();
    cy.destroy();
  });
  const shownTies = () => cy.edges().not(`.${OVERVIEW_CLASS}`).length;

  it('holds every tie back at the overview and draws those near the view once zoomed in', () => {
    expect(cy.nodes().filter((node) => !node.pannable()).length).toBe(0);
    expect(cy.edges(`.${OVERVIEW_CLASS}`).length).toBe(cy.edges().length);
    const heard: boolean[] = [];
    const ties = controlTieDetail(cy, (overview) => heard.push(overview));
    ties.place();
    vi.runAllTimers();
    expect(shownTies()).toBe(0);
    expect(heard).toEqual([true]);

    // A tenth of the width and height: about 100 ties in view, those within the zone drawn.
    view = { x1: 0, y1: 0, x2: 100, y2: 100 };
    cy.emit('viewport');
    vi.runAllTimers();
    expect(heard).toEqual([true, false]);
    // The zone: the view widened by a quarter of its size on each side, -25 to 125.
    const near = cy.edges().filter((edge) => {
      const { x, y } = edge.target().position();
      return x >= -25 && x - 10 <= 125 && y >= -25 && y <= 125;
    });
    expect(shownTies()).toBe(near.length);
    expect(near.length).toBe(13 * 13);

    // Back to the overview: all held back again (in chunks, each a task of its own).
    view = { x1: -10, y1: -10, x2: 1000, y2: 1000 };
    cy.emit('viewport');
    vi.runAllTimers();
    expect(heard).toEqual([true, false, true]);
    expect(shownTies()).toBe(0);
    ties.dispose();
  });

  it('gives ties added later the class that holds them back', () => {
    const ties = controlTieDetail(cy, () => {});
    ties.place();
    vi.runAllTimers();
    cy.add({ group: 'edges', data: { id: 'late', source: 'n0-0', target: 'n5-5' } });
    ties.sync();
    expect(cy.getElementById('late').hasClass(OVERVIEW_CLASS)).toBe(true);
    ties.dispose();
  });
});

describe('the stylesheet at the overview', () => {
  it('still draws marked ties', async () => {
    const { buildStylesheet } = await import('./stylesheet');
    const { DEFAULT_THEME } = await import('./theme');
    const styled = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet(DEFAULT_THEME, { large: true }),
      elements: forLargeMap(grid().slice(0, 6), true),
    });
    const edge = styled.edges()[0];
    expect(edge?.style('display')).toBe('none');
    edge?.addClass(MARKED_CLASS);
    expect(edge?.style('display')).toBe('element');
    styled.destroy();
  });
});
