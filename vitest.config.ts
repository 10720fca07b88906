import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships a CommonJS and an ES module build. Node (and so Pothos and Yoga) loads the
// CommonJS one; make Vite resolve the same file, or schema types would come from two "realms".
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['server/**/*.test.ts', 'seeds/**/*.test.ts', 'web/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          // Everything that needs Neo4j or the whole app. One local Neo4j for the run; files run
          // one after another in one fork and keep their writes to ids of their own.
          include: ['tests/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j.ts'],
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
