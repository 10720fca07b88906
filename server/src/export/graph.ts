import type { Database } from '../db/database.js';
import { organisationRows, professionalRows, seatRows, tableRows, tieRows } from './rows.js';
import type { ScopeIds } from './scope.js';

// The network as one graph for Gephi, Gephi Lite and Cytoscape: organisations, professionals
// and consultation tables as nodes; ties, current jobs and current seats as edges. Attributes
// are flat scalars (several values joined with `|`), as every one of those tools reads them.

export type NodeType = 'organisation' | 'professional' | 'table';
export type EdgeRelation = 'TIE' | 'WORKS_AT' | 'MEMBER_OF';

export interface GraphNode {
  id: string;
  label: string;
  type: NodeType;
  /** An organisation's or a table's kind. */
  kind: string | null;
  /** A professional's role. */
  role: string | null;
  /** A professional's organisation (the current job). */
  organisation: string | null;
  /** CBS codes of the municipalities it serves (a professional: those of the organisation). */
  municipalities: string;
  /** RMC regions of those municipalities. */
  region: string;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  relation: EdgeRelation;
  /** A tie's kind. */
  kind: string | null;
  /** A tie's strength, 1 to 3; Gephi's edge weight. */
  strength: number | null;
  lastConfirmedAt: string | null;
}

/** The attributes every graph format declares, with their types, in this order. */
export const nodeAttributes = [
  ['type', 'string'],
  ['kind', 'string'],
  ['role', 'string'],
  ['organisation', 'string'],
  ['municipalities', 'string'],
  ['region', 'string'],
] as const satisfies readonly (readonly [keyof GraphNode, 'string' | 'integer'])[];

export const edgeAttributes = [
  ['relation', 'string'],
  ['kind', 'string'],
  ['strength', 'integer'],
  ['lastConfirmedAt', 'string'],
] as const satisfies readonly (readonly [keyof GraphEdge, 'string' | 'integer'])[];

export type GraphElement = { node: GraphNode; edge?: never } | { edge: GraphEdge; node?: never };

const joined = (values: readonly string[]) => values.join('|');

/** Every node, then every edge; a page of records in memory at a time (and the jobs' ends). */
export async function* graphElements(db: Database, scope: ScopeIds): AsyncGenerator<GraphElement> {
  for await (const o of organisationRows(db, scope)) {
    yield {
      node: {
        id: o.id,
        label: o.name,
        type: 'organisation',
        kind: o.kind,
        role: null,
        organisation: null,
        municipalities: joined(o.municipalityCodes),
        region: joined(o.regionCodes),
      },
    };
  }
  const jobs: [string, string][] = [];
  for await (const p of professionalRows(db, scope)) {
    if (p.organisationId) jobs.push([p.id, p.organisationId]);
    yield {
      node: {
        id: p.id,
        label: p.name,
        type: 'professional',
        kind: null,
        role: p.role,
        organisation: p.organisationId,
        municipalities: joined(p.municipalityCodes),
        region: joined(p.regionCodes),
      },
    };
  }
  for await (const t of tableRows(db, scope)) {
    yield {
      node: {
        id: t.id,
        label: t.name,
        type: 'table',
        kind: t.kind,
        role: null,
        organisation: null,
        municipalities: joined(t.municipalityCodes),
        region: joined(t.regionCodes),
      },
    };
  }
  for await (const tie of tieRows(db, scope)) {
    yield {
      edge: {
        id: tie.id,
        source: tie.fromId,
        target: tie.toId,
        relation: 'TIE',
        kind: tie.kind,
        strength: tie.strength ?? null,
        lastConfirmedAt: tie.lastConfirmedAt,
      },
    };
  }
  for (const [professionalId, organisationId] of jobs) {
    yield { edge: jobEdge(professionalId, organisationId) };
  }
  for await (const seat of seatRows(db, scope)) {
    yield {
      edge: {
        id: `seat:${seat.tableId}:${seat.memberId}`,
        source: seat.memberId,
        target: seat.tableId,
        relation: 'MEMBER_OF',
        kind: null,
        strength: null,
        lastConfirmedAt: null,
      },
    };
  }
}

const jobEdge = (professionalId: string, organisationId: string): GraphEdge => ({
  id: `job:${professionalId}`,
  source: professionalId,
  target: organisationId,
  relation: 'WORKS_AT',
  kind: null,
  strength: null,
  lastConfirmedAt: null,
});

/** Joins small strings into chunks of about `size` characters: fewer, larger writes. */
export async function* chunked(parts: AsyncIterable<string>, size = 64 * 1024) {
  let buffer = '';
  for await (const part of parts) {
    buffer += part;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}
