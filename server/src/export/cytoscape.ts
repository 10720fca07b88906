import type { GraphEdge, GraphElement, GraphNode } from './graph.js';

// Cytoscape JSON ({ elements: { nodes: [{ data }], edges: [{ data }] } }), as cytoscape.js and
// Cytoscape desktop read it. Element data holds flat scalars only; nulls are left out.

function data(element: GraphNode | GraphEdge): string {
  const entries = Object.entries(element).filter(([, value]) => value !== null && value !== '');
  return JSON.stringify({ data: Object.fromEntries(entries) });
}

export async function* cytoscapeJson(
  elements: AsyncIterable<GraphElement>,
): AsyncGenerator<string> {
  yield '{"elements":{"nodes":[';
  let first = true;
  let inEdges = false;
  for await (const { node, edge } of elements) {
    if (edge && !inEdges) {
      yield '],"edges":[';
      inEdges = true;
      first = true;
    }
    yield `${first ? '' : ','}\n${data(node ?? edge)}`;
    first = false;
  }
  yield inEdges ? ']}}\n' : '],"edges":[]}}\n';
}
