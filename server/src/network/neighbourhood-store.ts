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

const startQuery = cypher<{ type: GraphNodeType; key: string }, NodeRow>(
  'network/neighbourhood-start',
);
const stepQuery = cypher<StepParams, StepRow>('network/neighbourhood-step');

/**
 * The part of the network within `depth` steps of one node, breadth first: one query per
 * step plus one to add the edges among the outermost nodes, so at most depth + 2 round trips.
 * Stops growing at `limit` nodes and says so (`truncated`).
 */
export async function neighbourhood(
  db: Database,
  start: { type: GraphNodeType; key: string },
  options: NeighbourhoodOptions,
): Promise<NeighbourhoodShape | null> {
  const [first] = await db.read(startQuery, start);
  if (!first) return null;
  const nodes = new Map<string, GraphNodeShape>([[first.eid, { ...nodeOf(first), distance: 0 }]]);
  const edges = new Map<string, StepRow>();
  let frontier = [first.eid];
  let truncated = false;
  const { depth, ...params } = options;
  for (let distance = 1; distance <= depth && frontier.length > 0 && !truncated; distance++) {
    const rows = await db.read(stepQuery, {
      ...params,
      frontier,
      within: null,
      limit: options.limit * 4,
    });
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
    frontier = next;
  }
  if (frontier.length > 0) {
    const closing = await db.read(stepQuery, {
      ...params,
      frontier,
      within: [...nodes.keys()],
      limit: options.limit * 4,
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
