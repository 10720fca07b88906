import { type EdgeRelation, edgeAttributes, type GraphElement, nodeAttributes } from './graph.js';
import { escapeXml } from './xml.js';

// GraphML (graphdrawing.org/xmlns) with a <key> for every attribute, as Gephi, yEd and
// Cytoscape desktop read it. Node labels are the key Gephi looks for, "label"; tie strength is
// also the edge "weight".

const types = { string: 'string', integer: 'int' } as const;

function header(): string {
  const keys = [
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    ...nodeAttributes.map(
      ([name, type]) =>
        `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${types[type]}"/>`,
    ),
    ...edgeAttributes.map(
      ([name, type]) =>
        `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${types[type]}"/>`,
    ),
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="rizoom" edgedefault="undirected">',
    '',
  ].join('\n');
}

const data = (key: string, value: string | number | null) =>
  value === null || value === '' ? '' : `<data key="${key}">${escapeXml(String(value))}</data>`;

const isTie = (relation: EdgeRelation) => relation === 'TIE';

export async function* graphml(elements: AsyncIterable<GraphElement>): AsyncGenerator<string> {
  yield header();
  for await (const { node, edge } of elements) {
    if (node) {
      const values = nodeAttributes.map(([name]) => data(`n_${name}`, node[name]));
      yield `    <node id="${escapeXml(node.id)}">${data('label', node.label)}${values.join('')}</node>\n`;
    } else {
      const values = edgeAttributes.map(([name]) => data(`e_${name}`, edge[name]));
      const weight = isTie(edge.relation) ? data('weight', edge.strength) : '';
      yield `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">${values.join('')}${weight}</edge>\n`;
    }
  }
  yield '  </graph>\n</graphml>\n';
}
