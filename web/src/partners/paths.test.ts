import { describe, expect, it } from 'vitest';
import type { NetworkPath, PartnerSuggestion } from '../api/operations/partners';
import { pathElementIds, pathOf, pathsGraph } from './paths';

const node = (id: string, type: 'ORGANISATION' | 'PROFESSIONAL' = 'ORGANISATION') => ({
  id,
  type,
  kind: type === 'ORGANISATION' ? 'GGD' : 'LEERPLICHTAMBTENAAR',
  name: `Naam ${id}`,
});
const tie = {
  relation: 'TIE',
  tieKind: 'INFORMAL',
  lastConfirmedAt: null,
  daysSinceConfirmed: null,
} as const;
const job = {
  relation: 'WORKS_AT',
  tieKind: null,
  lastConfirmedAt: null,
  daysSinceConfirmed: null,
} as const;

function suggestion(rank: number, path: NetworkPath | null): PartnerSuggestion {
  return {
    rank,
    score: 50,
    organisation: { id: `org-${rank}`, name: `Partner ${rank}`, kind: 'GGD' },
    contact: null,
    reasons: [
      { __typename: 'NeedsReason', score: 40, maxScore: 50, offered: ['GEDRAG'], missing: [] },
      { __typename: 'PathReason', score: 3, maxScore: 6, path },
    ],
  };
}

const toA: NetworkPath = {
  steps: 2,
  nodes: [node('me', 'PROFESSIONAL'), node('own'), node('a')],
  links: [job, tie],
};
const toB: NetworkPath = {
  steps: 3,
  nodes: [node('me', 'PROFESSIONAL'), node('own'), node('a'), node('b')],
  links: [job, tie, tie],
};

describe('partner paths', () => {
  it('finds the path among the reasons, or null', () => {
    expect(pathOf(suggestion(1, toA))).toBe(toA);
    expect(pathOf(suggestion(2, null))).toBeNull();
  });

  it('draws all paths as one graph, shared steps once', () => {
    const graph = pathsGraph([suggestion(1, toA), suggestion(2, toB), suggestion(3, null)]);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'me', 'own']);
    expect(graph.edges).toHaveLength(3);
    expect(graph.nodes.find((n) => n.id === 'me')?.type).toBe('Professional');
    expect(graph.edges.map((e) => e.relation).sort()).toEqual(['TIE', 'TIE', 'WORKS_AT']);
  });

  it('marks a path as its steps + 1 nodes and its steps as edges, all in the graph', () => {
    const graph = pathsGraph([suggestion(1, toA), suggestion(2, toB)]);
    const ids = pathElementIds(toB);
    const inGraph = [...graph.nodes, ...graph.edges].filter((element) => ids.has(element.id));
    expect(inGraph.filter((element) => 'type' in element)).toHaveLength(toB.steps + 1);
    expect(inGraph.filter((element) => 'source' in element)).toHaveLength(toB.steps);
  });
});
