import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';
import { connectTestDatabase } from '../support/database.js';
import { analysisOperations } from '../support/matrix-analyses.js';
import { caseOperations } from '../support/matrix-cases.js';
import { networkOperations } from '../support/matrix-network.js';
import { matrixWorlds, whoIs, whos } from '../support/matrix-world.js';

// The authorization matrix (issue 5): every role against every query and mutation that touches
// cases, the network, imports and templates; each cell asserts allow or deny, in a fresh world.

const db = connectTestDatabase();
// Anonymous unless a request carries a cookie: every cell sends its own viewer's.
const app = testApp(db, {}, null);
const worlds = matrixWorlds(db, app);
const operations = [...networkOperations, ...caseOperations, ...analysisOperations];

describe('the authorization matrix', () => {
  it('has a cell for every role and operation', () => {
    const areas = new Set(operations.map((op) => op.area));
    expect([...areas].sort()).toEqual(['cases', 'imports', 'network', 'templates']);
    expect(new Set(operations.map((op) => op.name)).size).toBe(operations.length);
    for (const op of operations) for (const who of op.allowed) expect(whos).toContain(who);
  });

  for (const op of operations) {
    it(`${op.area}: ${op.name}`, async () => {
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const who of whos) {
        const world = await worlds.world(who);
        outcomes[`${who} (${whoIs[who]})`] = await op.run(world);
        expected[`${who} (${whoIs[who]})`] = op.allowed.includes(who) ? 'allow' : 'deny';
      }
      expect(outcomes).toEqual(expected);
    });
  }
});
