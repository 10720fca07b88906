import { cypher } from '../db/cypher.js';
import type { IssueList } from './issues.js';
import { type Parsed, type Read, readInBatches } from './plan.js';

// What the ids in a file name in the database, and the checks every entity makes of them.

export type NodeType = 'Organisation' | 'Professional' | 'ConsultationTable';

export interface StoredNode {
  type: NodeType;
  name: string | null;
  kind: string | null;
  status: 'ACTIVE' | 'ARCHIVED';
}

const nodesQuery = cypher<
  { ids: string[] },
  { id: string; type: NodeType; name: string | null; kind: string | null; status: string }
>('import/nodes-by-id');

/** What each of `ids` names in the database (missing: nothing). */
export async function storedNodes(read: Read, ids: Iterable<string>) {
  const unique = [...new Set(ids)];
  const rows = await readInBatches(read, nodesQuery, unique, (batch) => ({ ids: batch }));
  return new Map(
    rows.map((row) => [
      row.id,
      {
        type: row.type,
        name: row.name,
        kind: row.kind,
        status: row.status === 'ARCHIVED' ? 'ARCHIVED' : 'ACTIVE',
      } satisfies StoredNode,
    ]),
  );
}

const article: Record<NodeType, string> = {
  Organisation: 'an organisation',
  Professional: 'a professional',
  ConsultationTable: 'a consultation table',
};

/** "'x' is a professional", for an id that names a record of another type than expected. */
export const isOtherType = (id: string, node: StoredNode) =>
  `'${id}' is ${article[node.type]} in the database`;

/**
 * An id of a new record must not name a record of another type: exports and the graph formats
 * rely on one id naming one node.
 */
export function reportTakenIds<Row>(
  rows: readonly Parsed<Row>[],
  id: (row: Row) => string,
  type: NodeType,
  stored: ReadonlyMap<string, StoredNode>,
  issues: IssueList,
) {
  for (const { line, row } of rows) {
    const node = stored.get(id(row));
    if (node && node.type !== type) {
      issues.add(line, 'id', `${isOtherType(id(row), node)}; choose another id`);
    }
  }
}

const codesQuery = cypher<object, { codes: string[] }>('import/municipality-codes');

/** Every municipality code a row names must be a real one (Bron: CBS, loaded at start-up). */
export async function checkMunicipalities<Row>(
  read: Read,
  rows: readonly Parsed<Row>[],
  codes: (row: Row) => readonly string[],
  column: string,
  issues: IssueList,
) {
  const [result] = await read(codesQuery, {});
  const known = new Set(result?.codes ?? []);
  for (const { line, row } of rows) {
    for (const code of codes(row)) {
      if (!known.has(code)) issues.add(line, column, `unknown municipality code ${code}`);
    }
  }
}

const noun: Record<NodeType, string> = {
  Organisation: 'organisation',
  Professional: 'professional',
  ConsultationTable: 'consultation table',
};

/**
 * A reference to a record that must exist in the database with the given type; an active
 * record may not point at an archived one. Returns whether the reference holds.
 */
export function checkReference(
  line: number,
  column: string,
  id: string,
  type: NodeType,
  stored: ReadonlyMap<string, StoredNode>,
  issues: IssueList,
  options: { mustBeActive: boolean },
): boolean {
  const node = stored.get(id);
  if (!node) {
    issues.add(line, column, `unknown ${noun[type]} '${id}': not in the database`);
    return false;
  }
  if (node.type !== type) {
    issues.add(
      line,
      column,
      `${isOtherType(id, node)}, not ${noun[type] === 'organisation' ? 'an' : 'a'} ${noun[type]}`,
    );
    return false;
  }
  if (options.mustBeActive && node.status !== 'ACTIVE') {
    issues.add(line, column, `'${id}' is an archived ${noun[type]}`);
    return false;
  }
  return true;
}
