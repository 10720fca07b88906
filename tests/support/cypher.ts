import { fileURLToPath } from 'node:url';
import { cypher } from '../../server/src/db/cypher.js';

const testCypherRoot = fileURLToPath(new URL('../cypher/', import.meta.url));

/** A Cypher statement the tests use to check outcomes, from `tests/cypher/<name>.cypher`. */
export function testCypher<Params extends object, Row extends object>(name: string) {
  return cypher<Params, Row>(name, testCypherRoot);
}
