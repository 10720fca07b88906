import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder that holds every Cypher statement the product runs. */
export const cypherRoot = fileURLToPath(new URL('../../../cypher/', import.meta.url));

/**
 * A named Cypher statement read from `cypher/<name>.cypher`. The type parameters describe the
 * parameters it takes and the shape of one returned record, so call sites stay typed.
 */
export interface CypherQuery<Params extends object, Row extends object> {
  readonly name: string;
  readonly text: string;
  /** Phantom fields: never set, they only carry the types. */
  readonly __params?: Params;
  readonly __row?: Row;
}

/** Reads `cypher/<name>.cypher` once, when the module that names it is loaded. */
export function cypher<Params extends object, Row extends object>(
  name: string,
  root = cypherRoot,
): CypherQuery<Params, Row> {
  const text = readFileSync(join(root, `${name}.cypher`), 'utf8');
  return { name, text };
}
