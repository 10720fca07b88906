// What an answer holds, counted alike for every way of asking, so the benchmarks can check that
// the ways they compare answer the same before timing them.

export interface NestedCount {
  professionals: number;
  ties: number;
}

type Tied = { ties: unknown[] };
type Connection<N> = { edges: { node: N }[] };

/** Rizoom's `organisation` or the hand-written row's `organisation`. */
export function countNested(organisation: unknown): NestedCount {
  const o = organisation as { professionals: Tied[]; ties: unknown[] } | null;
  if (!o) return { professionals: -1, ties: -1 };
  return {
    professionals: o.professionals.length,
    ties: o.ties.length + o.professionals.reduce((sum, p) => sum + p.ties.length, 0),
  };
}

/** The peer's `organisations[0]`. */
export function countPeerNested(organisation: unknown): NestedCount {
  const o = organisation as {
    professionalsConnection: Connection<{ tiesConnection: Connection<unknown> }>;
    tiesConnection: Connection<unknown>;
  } | null;
  if (!o) return { professionals: -1, ties: -1 };
  const staff = o.professionalsConnection.edges;
  return {
    professionals: staff.length,
    ties:
      o.tiesConnection.edges.length +
      staff.reduce((sum, e) => sum + e.node.tiesConnection.edges.length, 0),
  };
}

export interface GraphCount {
  nodes: number;
  edges: number;
}

export function countGraph(graph: unknown): GraphCount {
  const g = graph as { nodes: unknown[]; edges: unknown[] } | null;
  return g ? { nodes: g.nodes.length, edges: g.edges.length } : { nodes: -1, edges: -1 };
}

export const sameCount = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);
