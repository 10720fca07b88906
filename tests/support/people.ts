import { randomUUID } from 'node:crypto';
import { afterAll, expect } from 'vitest';
import type { Database } from '../../server/src/db/database.js';
import { graphql, type graphql as send } from './app.js';
import { testCypher } from './cypher.js';
import { fingerprint } from './fingerprint.js';
import { fromGlobalId, toGlobalId } from './ids.js';

// Shared by the professionals, ties and tables tests: organisations of their own, cleanup by id
// prefix, and a before/after check that a failed mutation changed nothing.

type App = Parameters<typeof send>[0];

const createFixtures = testCypher<
  {
    organisations: {
      id: string;
      name: string;
      kind: string;
      status: string;
      municipalityCode: string;
    }[];
  },
  { created: number }
>('create-people-fixtures');
const deleteTestData = testCypher<{ ids: string[]; prefix: string }, object>(
  'delete-people-test-data',
);
const testState = testCypher<{ ids: string[]; prefix: string }, { state: unknown }>(
  'people-test-state',
);

export interface TestScope {
  /** Ids of this file's own data start with it. */
  prefix: string;
  /** Ids the API made (random UUIDs) for this file; removed after it too. */
  created: string[];
  /** Raw id and global id of a fresh organisation of this file. */
  organisation: (
    name: string,
    options?: { kind?: string; status?: string; municipalityCode?: string },
  ) => Promise<{ id: string; globalId: string }>;
  /** Sends a mutation, expects no GraphQL errors, and records any id it created. */
  mutate: <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
  ) => Promise<T>;
  /** Runs `attempt` and checks that the database, and this file's data in detail, are unchanged. */
  unchanged: (attempt: () => Promise<void>) => Promise<void>;
}

export function testScope(db: Database, app: App, name: string): TestScope {
  const prefix = `test-${name}-${randomUUID().slice(0, 8)}-`;
  const created: string[] = [];
  let count = 0;
  afterAll(() => db.write(deleteTestData, { ids: created, prefix }));
  const state = async () =>
    JSON.stringify([await fingerprint(db), await db.read(testState, { ids: created, prefix })]);
  return {
    prefix,
    created,
    async organisation(orgName, options = {}) {
      count += 1;
      const id = `${prefix}org-${count}`;
      await db.write(createFixtures, {
        organisations: [
          {
            id,
            name: `${orgName} ${prefix}`,
            kind: options.kind ?? 'LEERPLICHT',
            status: options.status ?? 'ACTIVE',
            municipalityCode: options.municipalityCode ?? 'GM0344',
          },
        ],
      });
      return { id, globalId: toGlobalId('Organisation', id) };
    },
    async mutate<T>(query: string, variables: Record<string, unknown>) {
      const response = await graphql<Record<string, { data?: { id?: string } }>>(
        app,
        query,
        variables,
      );
      expect(response.errors).toBeUndefined();
      for (const result of Object.values(response.data ?? {})) {
        const id = result?.data?.id;
        if (id) created.push(fromGlobalId(id));
      }
      return response.data as T;
    },
    async unchanged(attempt) {
      const before = await state();
      await attempt();
      expect(await state()).toBe(before);
    },
  };
}
