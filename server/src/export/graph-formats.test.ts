import { describe, expect, it } from 'vitest';
import {
  checkCytoscape,
  checkGexf,
  checkGraphml,
} from '../../../tests/fixtures/import/graph-formats.js';
import { cytoscapeJson } from './cytoscape.js';
import { gexf } from './gexf.js';
import type { GraphElement } from './graph.js';
import { graphml } from './graphml.js';

const awkward = 'Zorg & "Onderwijs" <Noord> \u0007\'s-Hertogenbosch 🎓';

const elements: GraphElement[] = [
  {
    node: {
      id: 'org-1',
      label: awkward,
      type: 'organisation',
      kind: 'SCHOOL_VO',
      role: null,
      organisation: null,
      municipalities: 'GM0344|GM0307',
      region: 'MC19|MC16',
    },
  },
  {
    node: {
      id: 'org-2',
      label: 'Leerplicht',
      type: 'organisation',
      kind: 'LEERPLICHT',
      role: null,
      organisation: null,
      municipalities: 'GM0344',
      region: 'MC19',
    },
  },
  {
    node: {
      id: 'pro-1',
      label: 'Anouk',
      type: 'professional',
      kind: null,
      role: 'LEERPLICHTAMBTENAAR',
      organisation: 'org-2',
      municipalities: 'GM0344',
      region: 'MC19',
    },
  },
  {
    edge: {
      id: 'tie-1',
      source: 'org-1',
      target: 'org-2',
      relation: 'TIE',
      kind: 'FORMAL_AGREEMENT',
      strength: 3,
      lastConfirmedAt: '2025-06-01',
    },
  },
  {
    edge: {
      id: 'job:pro-1',
      source: 'pro-1',
      target: 'org-2',
      relation: 'WORKS_AT',
      kind: null,
      strength: null,
      lastConfirmedAt: null,
    },
  },
];

async function text(chunks: AsyncIterable<string>) {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

async function* stream(items: GraphElement[]) {
  yield* items;
}

describe('graph formats', () => {
  it('GEXF 1.3 holds every node and edge with its declared attributes', async () => {
    const graph = checkGexf(await text(gexf(stream(elements), '2025-10-01')));
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttributes('org-1')).toMatchObject({
      label: 'Zorg & "Onderwijs" <Noord> \'s-Hertogenbosch 🎓',
      type: 'organisation',
      kind: 'SCHOOL_VO',
      municipalities: 'GM0344|GM0307',
      region: 'MC19|MC16',
    });
    expect(graph.getEdgeAttributes('tie-1')).toMatchObject({
      relation: 'TIE',
      kind: 'FORMAL_AGREEMENT',
      strength: 3,
      weight: 3,
      lastConfirmedAt: '2025-06-01',
    });
    expect(graph.getNodeAttributes('pro-1')).toMatchObject({ role: 'LEERPLICHTAMBTENAAR' });
  });

  it('GraphML declares a key for every attribute', async () => {
    const graph = checkGraphml(await text(graphml(stream(elements))));
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttributes('org-1')).toMatchObject({
      label: 'Zorg & "Onderwijs" <Noord> \'s-Hertogenbosch 🎓',
      kind: 'SCHOOL_VO',
      region: 'MC19|MC16',
    });
    expect(graph.getEdgeAttributes('tie-1')).toMatchObject({ strength: 3, weight: 3 });
    expect(graph.getEdgeAttributes('job:pro-1')).toMatchObject({ relation: 'WORKS_AT' });
  });

  it('Cytoscape JSON holds flat data, without empty values', async () => {
    const parsed = checkCytoscape(await text(cytoscapeJson(stream(elements))));
    expect(parsed.nodes).toHaveLength(3);
    expect(parsed.edges[1]).toEqual({
      data: { id: 'job:pro-1', source: 'pro-1', target: 'org-2', relation: 'WORKS_AT' },
    });
  });

  it('the checks catch what the schemas forbid', async () => {
    const gexfText = await text(gexf(stream(elements)));
    expect(() => checkGexf(gexfText.replace('for="kind"', 'for="colour"'))).toThrow(/undeclared/);
    expect(() => checkGexf(gexfText.replace('target="org-2"', 'target="org-9"'))).toThrow(
      /not a node/,
    );
    expect(() => checkGexf(gexfText.replace('&amp;', '&'))).toThrow(/well-formed/);
    const graphmlText = await text(graphml(stream(elements)));
    expect(() => checkGraphml(graphmlText.replace('key="e_kind"', 'key="n_kind"'))).toThrow(
      /undeclared/,
    );
    expect(() =>
      checkGraphml(graphmlText.replace('attr.type="int"', 'attr.type="integer"')),
    ).toThrow(/bad key/);
  });

  it('an empty network is still a valid file in every format', async () => {
    expect(checkGexf(await text(gexf(stream([])))).order).toBe(0);
    expect(checkGraphml(await text(graphml(stream([])))).order).toBe(0);
    expect(checkCytoscape(await text(cytoscapeJson(stream([]))))).toEqual({ nodes: [], edges: [] });
  });
});
