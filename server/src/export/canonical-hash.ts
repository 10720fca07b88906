import { createHash } from 'node:crypto';
import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { type ExportScope, type ScopeIds, scopeIds } from './scope.js';

// A fingerprint of the network that an export carries, to show that export → wipe → import
// gives the same graph. Canonical: nodes sorted by label and id, each with its properties (keys
// sorted) and its outgoing relationships (sorted, with their properties), ends named by their
// id (or code, for municipalities and needs), never by Neo4j's internal element ids.
//
// What it covers is exactly the export's scope (scope.ts): active organisations, professionals
// with a current job, active consultation tables; their relationships to municipalities and
// needs; and relationships between two covered nodes that are current: active ties, jobs
// without an end, seats without an end. History (archived records, ended jobs and seats) and
// cases are not part of the exported network and not hashed.

/**
 * Properties left out, because an import sets them legitimately to something new:
 * - createdAt, updatedAt, archivedAt, assertedAt: when a record was (re)written;
 * - source: an imported record carries 'import: <file>' (that is its provenance now);
 * - activeKey: the tie's uniqueness key, derived from its ends and kind (which are hashed).
 * A missing `status` counts as ACTIVE, as everywhere in the product.
 */
export const excludedProperties = [
  'createdAt',
  'updatedAt',
  'archivedAt',
  'assertedAt',
  'source',
  'activeKey',
] as const;

type Label = 'Organisation' | 'Professional' | 'ConsultationTable';

interface StoredRelationship {
  type: string;
  properties: Record<string, unknown>;
  endLabels: string[];
  endKey: string | null;
}

const nodesQuery = cypher<
  { ids: string[]; label: Label },
  {
    id: string;
    labels: string[];
    properties: Record<string, unknown>;
    relationships: StoredRelationship[];
  }
>('export/canonical-nodes');

const referenceLabels = ['Municipality', 'Need', 'Region'];
const excluded = new Set<string>(excludedProperties);

/** Properties without the excluded ones, keys sorted, JSON. */
function canonicalProperties(properties: Record<string, unknown>, defaultStatus: boolean): string {
  const kept = Object.entries(properties)
    .filter(([key]) => !excluded.has(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (defaultStatus && !('status' in properties)) {
    kept.push(['status', 'ACTIVE']);
    kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
  return JSON.stringify(Object.fromEntries(kept));
}

/** Whether a relationship belongs to the covered network (see above). */
function isNetwork(relationship: StoredRelationship, covered: Record<Label, Set<string>>): boolean {
  const { type, properties, endLabels, endKey } = relationship;
  if (endKey === null) return false;
  if (type === 'TIE' && (properties.status ?? 'ACTIVE') !== 'ACTIVE') return false;
  if (type === 'WORKS_AT' && properties.to != null) return false;
  if (type === 'MEMBER_OF' && properties.until != null) return false;
  if (endLabels.some((label) => referenceLabels.includes(label))) return true;
  return (Object.keys(covered) as Label[]).some(
    (label) => endLabels.includes(label) && covered[label].has(endKey),
  );
}

export interface NetworkHash {
  hash: string;
  nodes: number;
  relationships: number;
}

/** The canonical hash (SHA-256, hex) of the network in `scope`, with what it counted. */
export async function canonicalHash(db: Database, scope: ExportScope): Promise<NetworkHash> {
  const ids: ScopeIds = await scopeIds(db, scope);
  const covered: Record<Label, Set<string>> = {
    Organisation: new Set(ids.organisations),
    Professional: new Set(ids.professionals),
    ConsultationTable: new Set(ids.tables),
  };
  const hash = createHash('sha256');
  let nodes = 0;
  let relationships = 0;
  for (const label of ['Organisation', 'Professional', 'ConsultationTable'] as const) {
    const labelIds = [...covered[label]].sort();
    for (let start = 0; start < labelIds.length; start += 1_000) {
      const rows = await db.read(nodesQuery, { ids: labelIds.slice(start, start + 1_000), label });
      rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      for (const row of rows) {
        nodes += 1;
        hash.update(
          `node|${[...row.labels].sort().join(':')}|${row.id}|${canonicalProperties(row.properties, true)}\n`,
        );
        const lines = row.relationships
          .filter((relationship) => isNetwork(relationship, covered))
          .map(
            (r) =>
              `rel|${r.type}|${row.id}|${[...r.endLabels].sort().join(':')}:${r.endKey}|${canonicalProperties(r.properties, r.type === 'TIE')}\n`,
          )
          .sort();
        relationships += lines.length;
        for (const line of lines) hash.update(line);
      }
    }
  }
  return { hash: hash.digest('hex'), nodes, relationships };
}
