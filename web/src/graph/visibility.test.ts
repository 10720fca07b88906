import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { fromRegionNetwork } from '../domain/mapGraph';
import { applyElements } from './applyElements';
import { sizeClass, toElements } from './elements';
import { HIDDEN_CLASS, STALE_CLASS } from './stylesheet';
import { applyVisibility, visibleCounts } from './visibility';

const network = {
  nodes: [
    { id: 'a', label: 'Leerplicht Oost', kind: 'LEERPLICHT' as const, degree: 2 },
    { id: 'b', label: 'Het Lyceum', kind: 'SCHOOL_VO' as const, degree: 1 },
    { id: 'c', label: 'GGD Oost', kind: 'GGD' as const, degree: 1 },
  ],
  edges: [
    { id: 'ab', source: 'a', target: 'b', kind: 'FORMAL_AGREEMENT' as const },
    { id: 'ac', source: 'a', target: 'c', kind: 'INFORMAL' as const },
  ],
};

function graph() {
  const cy = cytoscape({ headless: true });
  applyElements(cy, toElements(fromRegionNetwork(network)));
  return cy;
}

const none = new Set<string>();

describe('applyVisibility', () => {
  it('hides exactly what the filters say, and shows it again', () => {
    const cy = graph();
    applyVisibility(cy, {
      hiddenNodes: new Set(['c']),
      hiddenEdges: none,
      staleEdges: new Set(['ab']),
    });
    expect(cy.elements(`.${HIDDEN_CLASS}`).map((element) => element.id())).toEqual(['c']);
    expect(cy.elements(`.${STALE_CLASS}`).map((element) => element.id())).toEqual(['ab']);
    // The edge to a hidden node is not visible either.
    expect(visibleCounts(cy)).toEqual({ nodes: 2, edges: 1 });

    applyVisibility(cy, { hiddenNodes: none, hiddenEdges: new Set(['ab']), staleEdges: none });
    expect(cy.elements(`.${HIDDEN_CLASS}`).map((element) => element.id())).toEqual(['ab']);
    expect(cy.elements(`.${STALE_CLASS}`).empty()).toBe(true);
    expect(visibleCounts(cy)).toEqual({ nodes: 3, edges: 1 });

    applyVisibility(cy, null);
    expect(cy.elements(`.${HIDDEN_CLASS}`).empty()).toBe(true);
    expect(visibleCounts(cy)).toEqual({ nodes: 3, edges: 2 });
  });
});

describe('sizeClass', () => {
  it('buckets the number of ties into five node sizes', () => {
    expect([0, 1, 2, 4, 5, 9, 10, 19, 20, 300].map(sizeClass)).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3, 4, 4,
    ]);
    const a = toElements(fromRegionNetwork(network)).find((element) => element.data.id === 'a');
    expect(a?.data.sizeClass).toBe(1);
  });
});
