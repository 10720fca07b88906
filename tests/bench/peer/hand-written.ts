import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { type CypherQuery, cypher } from '../../../server/src/db/cypher.js';

// The baseline the API is held to: hand-written Cypher (tests/bench/cypher/api-*.cypher) sent
// straight through neo4j-driver, one read transaction per question, records as plain objects.

const root = fileURLToPath(new URL('../cypher/', import.meta.url));

export const handWritten = {
  simple: cypher<{ id: string }, { organisation: unknown }>('api-simple', root),
  nested: cypher<{ id: string }, { organisation: NestedOrganisation }>('api-nested', root),
  neighbourhood: cypher<
    { id: string; depth: number; limit: number },
    { nodes: unknown[]; edges: unknown[] }
  >('api-neighbourhood', root),
  organisations: cypher<object, { id: string }>('api-organisations', root),
  regionCentres: cypher<object, { id: string }>('api-region-centres', root),
};

export interface NestedOrganisation {
  professionals: { ties: unknown[] }[];
  ties: unknown[];
}

export interface CypherReader {
  read<P extends object, R extends object>(query: CypherQuery<P, R>, params: P): Promise<R[]>;
  close(): Promise<void>;
}

/** A driver of its own to the bench's Neo4j (same database, a pool of its own). */
export function cypherReader(uri: string, database = 'neo4j'): CypherReader {
  const driver = neo4j.driver(uri, undefined, {
    disableLosslessIntegers: true,
    userAgent: 'rizoom-bench-cypher/1',
  });
  return {
    async read(query, params) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.executeRead((tx) => tx.run(query.text, params));
        return result.records.map((record) => record.toObject() as never);
      } finally {
        await session.close();
      }
    },
    close: () => driver.close(),
  };
}
