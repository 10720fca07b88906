import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';

const typeDefs = readFileSync(new URL('type-defs.graphql', import.meta.url), 'utf8');

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:41234/graphql. */
  url: string;
  close(): Promise<void>;
}

/**
 * The peer: @neo4j/graphql's generated schema (type-defs.graphql) on graphql-yoga, over the
 * given Neo4j, on a free port (or `port`). No authentication: it answers anyone, so the figures
 * flatter it against Rizoom, which checks a session on every request.
 */
export async function startPeerServer(
  uri: string,
  options: { port?: number; database?: string } = {},
): Promise<RunningServer> {
  const driver = neo4j.driver(uri, undefined, { userAgent: 'rizoom-bench-peer/1' });
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const sessionConfig = { database: options.database ?? 'neo4j' };
  const yoga = createYoga({
    schema,
    context: () => ({ sessionConfig }),
    graphiql: false,
    landingPage: false,
    logging: false,
  });
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.close();
    },
  };
}
