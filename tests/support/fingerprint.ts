import type { Database } from '../../server/src/db/database.js';
import { testCypher } from './cypher.js';

const fingerprintQuery = testCypher<object, object>('database-fingerprint');

/** A summary of the whole database, to show that a failed mutation changed nothing. */
export async function fingerprint(db: Database): Promise<string> {
  return JSON.stringify(await db.read(fingerprintQuery, {}));
}
