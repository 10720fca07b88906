import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../../server/src/db/database.js';
import { graphql, testApp } from '../support/app.js';
import '../support/neo4j-target.js';

// A user who outgrows one machine points Rizoom at a cluster or Aura with a neo4j:// URI.
// A single server answers routing requests too, so the same code path is tested here.
const target = inject('neo4j');
const db = createDatabase({ ...target, uri: target.uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:') });
afterAll(() => db.close());

describe('a neo4j:// routing URI', () => {
  it('serves the same answers as a direct connection', async () => {
    expect(db).toBeDefined();
    const result = await graphql<{ regions: unknown[] }>(testApp(db), '{ regions { code } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.regions).toHaveLength(40);
  });
});
