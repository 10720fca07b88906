import type { DatabaseConfig } from '../../server/src/db/database.js';

/** The Neo4j the integration tests use; handed from the global setup to every test file. */
export type Neo4jTarget = Pick<DatabaseConfig, 'uri' | 'username' | 'password' | 'database'>;

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTarget;
  }
}
