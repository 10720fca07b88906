import { edgeAttributes, type GraphElement, nodeAttributes } from './graph.js';
import { escapeXml } from './xml.js';

// GEXF 1.3 (gexf.net/1.3), the format Gephi and Gephi Lite open natively: declared
// attributes, then <nodes>, then <edges>. Tie strength is the edge weight too.

function header(today: string): string {
  const declare = (title: string, type: string) =>
    `      <attribute id="${title}" title="${title}" type="${type}"/>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${today}">`,
    '    <creator>Rizoom</creator>',
    '    <description>The collaboration network around the right to education</description>',
    '  </meta>',
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node" mode="static">',
    ...nodeAttributes.map(([name, type]) => declare(name, type)),
    '    </attributes>',
    '    <attributes class="edge" mode="static">',
    ...edgeAttributes.map(([name, type]) => declare(name, type)),
    '    </attributes>',
    '    <nodes>',
    '',
  ].join('\n');
}

function attvalues(values: [string, string | number | null][]): string {
  const present = values.filter(([, value]) => value !== null && value !== '');
  if (present.length === 0) return '';
  const items = present.map(
    ([name, value]) => `<attvalue for="${name}" value="${escapeXml(String(value))}"/>`,
  );
  return `<attvalues>${items.join('')}</attvalues>`;
}

export async function* gexf(
  elements: AsyncIterable<GraphElement>,
  today = new Date().toISOString().slice(0, 10),
): AsyncGenerator<string> {
  yield header(today);
  let inEdges = false;
  for await (const { node, edge } of elements) {
    if (node) {
      const values = attvalues(nodeAttributes.map(([name]) => [name, node[name]]));
      yield `      <node id="${escapeXml(node.id)}" label="${escapeXml(node.label)}">${values}</node>\n`;
    } else {
      if (!inEdges) {
        yield '    </nodes>\n    <edges>\n';
        inEdges = true;
      }
      const values = attvalues(edgeAttributes.map(([name]) => [name, edge[name]]));
      const weight = edge.strength === null ? '' : ` weight="${edge.strength}"`;
      yield `      <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"${weight}>${values}</edge>\n`;
    }
  }
  if (!inEdges) yield '    </nodes>\n    <edges>\n';
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
