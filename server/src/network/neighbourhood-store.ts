import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import type { OrganisationKind, TieKind } from './kinds.js';

export const neighbourhoodRelations = [
  'TIE',
  'WORKS_AT',
  'MEMBER_OF',
  'MEMBER_OF_SWV',
  'SERVES',
] as const;
export type NeighbourhoodRelation = (typeof neighbourhoodRelations)[number];
export const startTypes = [
  'Organisation',
  'Professional',
  'ConsultationTable',
  'Municipality',
] as const;
export type GraphNodeType = (typeof startTypes)[number];

export interface GraphNodeShape {
  type: GraphNodeType;
  key: string;
  label: string;
  kind: string | null;
  distance: number;
}

export interface GraphEdgeShape {
  id: string;
  source: GraphNodeShape;
  target: GraphNodeShape;
  relation: NeighbourhoodRelation;
  tieKind: TieKind | null;
}

export interface NeighbourhoodShape {
  center: GraphNodeShape;
  nodes: GraphNodeShape[];
  edges: GraphEdgeShape[];
  truncated: boolean;
}

export interface NeighbourhoodOptions {
  depth: number;
  limit: number;
  relations: readonly NeighbourhoodRelation[];
  tieKinds: readonly TieKind[] | null;
  organisationKinds: readonly OrganisationKind[] | null;
  includeProfessionals: boolean;
}

type NodeRow = {
  eid: string;
  type: GraphNodeType;
  key: string;
  label: string;
  kind: string | null;
};
type StepRow = NodeRow & {
  relationship: string;
  relation: NeighbourhoodRelation;
  tieKind: TieKind | null;
  tieId: string | null;
  source: string;
};
type StepParams = Omit<NeighbourhoodOptions, 'depth'> & {
  frontier: string[];
  within: string[] | null;
};

const firstQuery = cypher<
  Omit<StepParams, 'frontier' | 'within'> & { type: GraphNodeType; key: string },
  NodeRow & { steps: StepRow[] }
>('network/neighbourhood-first');
const stepQuery = cypher<StepParams, StepRow>('network/neighbourhood-step');

/**
 * The part of the network within `depth` steps of one node, breadth first: the start and its
 * first step in one query, one more per further step, and one to add the edges among the
 * outermost nodes, so at most depth + 1 round trips. Stops growing at `limit` nodes and says
 * so (`truncated`).
 */
export async function neighbourhood(
  db: Database,
  start: { type: GraphNodeType; key: string },
  options: NeighbourhoodOptions,
): Promise<NeighbourhoodShape | null> {
  const { depth, ...params } = options;
  const stepLimit = options.limit * 4;
  const [first] = await db.read(firstQuery, { ...params, ...start, limit: stepLimit });
  if (!first) return null;
  const nodes = new Map<string, GraphNodeShape>([[first.eid, { ...nodeOf(first), distance: 0 }]]);
  const edges = new Map<string, StepRow>();
  let truncated = false;
  /** Adds one step's rows at `distance`; returns the nodes new at it (the next frontier). */
  const grow = (rows: StepRow[], distance: number) => {
    const next: string[] = [];
    for (const row of rows) {
      if (!nodes.has(row.eid)) {
        if (nodes.size >= options.limit) {
          truncated = true;
          continue;
        }
        nodes.set(row.eid, { ...nodeOf(row), distance });
        next.push(row.eid);
      }
      edges.set(row.relationship, row);
    }
    return next;
  };
  let frontier = grow(first.steps, 1);
  for (let distance = 2; distance <= depth && frontier.length > 0 && !truncated; distance++) {
    const rows = await db.read(stepQuery, { ...params, frontier, within: null, limit: stepLimit });
    frontier = grow(rows, distance);
  }
  if (frontier.length > 0) {
    const closing = await db.read(stepQuery, {
      ...params,
      frontier,
      within: [...nodes.keys()],
      limit: stepLimit,
    });
    for (const row of closing) edges.set(row.relationship, row);
  }
  return {
    center: nodes.get(first.eid) as GraphNodeShape,
    nodes: [...nodes.values()],
    edges: [...edges.values()].flatMap((row) => {
      const source = nodes.get(row.source);
      const target = nodes.get(row.eid);
      if (!source || !target) return [];
      return [
        {
          id:
            row.tieId ??
            `${row.relation}:${source.type}:${source.key}:${target.type}:${target.key}`,
          source,
          target,
          relation: row.relation,
          tieKind: row.tieKind,
        },
      ];
    }),
    truncated,
  };
}

function nodeOf(row: NodeRow): Omit<GraphNodeShape, 'distance'> {
  return { type: row.type, key: row.key, label: row.label, kind: row.kind };
}
