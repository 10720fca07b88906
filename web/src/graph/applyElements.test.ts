import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { NetworkGraph } from '../api/operations/regionNetwork';
import { fromRegionNetwork } from '../domain/mapGraph';
import { applyElements } from './applyElements';
import { toElements } from './elements';

const network: NetworkGraph = {
  nodes: [
    { id: 'a', label: 'Leerplicht Oost', kind: 'LEERPLICHT', degree: 2 },
    { id: 'b', label: 'Het Lyceum', kind: 'SCHOOL_VO', degree: 1 },
    { id: 'c', label: 'GGD Oost', kind: 'GGD', degree: 1 },
  ],
  edges: [
    { id: 'ab', source: 'a', target: 'b', kind: 'FORMAL_AGREEMENT' },
    { id: 'ac', source: 'a', target: 'c', kind: 'INFORMAL' },
  ],
};

describe('applyElements', () => {
  it('adds every element to an empty graph', () => {
    const cy = cytoscape({ headless: true });
    expect(applyElements(cy, toElements(fromRegionNetwork(network)))).toEqual({
      added: 5,
      removed: 0,
      updated: 0,
    });
    expect(cy.nodes().length).toBe(3);
    expect(cy.edges().length).toBe(2);
  });

  it('keeps unchanged elements, with their positions, and reports nothing to lay out', () => {
    const cy = cytoscape({ headless: true });
    applyElements(cy, toElements(fromRegionNetwork(network)));
    cy.getElementById('a').position({ x: 10, y: 20 });
    expect(applyElements(cy, toElements(fromRegionNetwork(network)))).toEqual({
      added: 0,
      removed: 0,
      updated: 0,
    });
    expect(cy.getElementById('a').position()).toEqual({ x: 10, y: 20 });
  });

  it('removes, adds and updates by id', () => {
    const cy = cytoscape({ headless: true });
    applyElements(cy, toElements(fromRegionNetwork(network)));
    const next: NetworkGraph = {
      nodes: [
        { id: 'a', label: 'Leerplicht Oost-Brabant', kind: 'LEERPLICHT', degree: 1 },
        { id: 'b', label: 'Het Lyceum', kind: 'SCHOOL_VO', degree: 1 },
        { id: 'd', label: 'Halt Oost', kind: 'HALT', degree: 0 },
      ],
      edges: [{ id: 'ab', source: 'a', target: 'b', kind: 'FORMAL_AGREEMENT' }],
    };
    // c and its edge ac go; d comes; a changes label and degree.
    expect(applyElements(cy, toElements(fromRegionNetwork(next)))).toEqual({
      added: 1,
      removed: 2,
      updated: 1,
    });
    expect(cy.getElementById('a').data('label')).toBe('Leerplicht Oost-Brabant');
    expect(cy.nodes().map((node) => node.id())).toEqual(['a', 'b', 'd']);
  });

  it('replaces an edge whose endpoints changed', () => {
    const cy = cytoscape({ headless: true });
    applyElements(cy, toElements(fromRegionNetwork(network)));
    const moved = {
      ...network,
      edges: [{ id: 'ab', source: 'b', target: 'c', kind: 'INFORMAL' as const }],
    };
    applyElements(cy, toElements(fromRegionNetwork(moved)));
    expect(cy.getElementById('ab').data('source')).toBe('b');
    expect(cy.edges().length).toBe(1);
  });
});

describe('toElements', () => {
  it('drops edges to organisations that are not drawn, instead of letting Cytoscape throw', () => {
    const dangling = {
      ...network,
      edges: [{ id: 'ax', source: 'a', target: 'x', kind: 'INFORMAL' as const }],
    };
    expect(
      toElements(fromRegionNetwork(dangling)).filter((element) => element.group === 'edges'),
    ).toEqual([]);
  });
});
