import { afterAll, inject } from 'vitest';
import { createDatabase, type Database } from '../../server/src/db/database.js';
import './neo4j-target.js';

/** A connection to the test Neo4j for this file, closed when the file is done. */
export function connectTestDatabase(): Database {
  const db = createDatabase(inject('neo4j'));
  afterAll(() => db.close());
  return db;
}
