import { cypher } from '../db/cypher.js';
import type { Transaction } from '../db/database.js';
import { NotFoundError, ValidationFailedError } from '../errors.js';
import type { RecordStatus } from '../network/types.js';

/** The two kinds of node that ties, tables and jobs connect. */
export type NodeType = 'Organisation' | 'Professional';

const statesQuery = cypher<
  { type: NodeType; ids: readonly string[] },
  { id: string; status: RecordStatus }
>('ties/node-states');

/**
 * Inside a write transaction: every id must name an existing node of the type (else NOT_FOUND)
 * that is not archived (else VALIDATION_FAILED on `field`). Nothing links to an archived record.
 */
export async function requireActive(
  tx: Transaction,
  type: NodeType,
  ids: readonly string[],
  field: string,
) {
  const rows = await tx.run(statesQuery, { type, ids });
  const status = new Map(rows.map((row) => [row.id, row.status]));
  const missing = ids.find((id) => !status.has(id));
  if (missing !== undefined) throw new NotFoundError(type, missing);
  if (ids.some((id) => status.get(id) !== 'ACTIVE')) {
    throw new ValidationFailedError([{ field, message: `is an archived ${type.toLowerCase()}` }]);
  }
}
