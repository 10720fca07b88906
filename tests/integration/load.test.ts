import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type LoadWorld,
  prepareLoadWorld,
  removeLoadWorld,
  verifyLoad,
} from '../bench/sections/load.js';
import { runLoad } from '../bench/sections/load-clients.js';
import { listen } from '../support/app.js';
import { connectTestDatabase } from '../support/database.js';

// Issue 8, load (short version; the full one is `BENCH_SECTIONS=load npm run bench`): concurrent
// clients over HTTP mix reads with the handover lifecycle, each acting as the professional the
// access rules expect. Zero errors, and every case and handover the API reported is stored
// exactly once, whole, in the status its last transition gave it — and nothing else.

const clients = 20;
const durationMs = 15_000;

const db = connectTestDatabase();
let world: LoadWorld;
let url: string;
beforeAll(async () => {
  url = `${await listen(db)}/graphql`;
  world = await prepareLoadWorld(db, 'load');
});
afterAll(() => removeLoadWorld(db, world));

describe(`${clients} clients for ${durationMs / 1000} s`, () => {
  it('answers every request without an error and stores every write exactly once', {
    timeout: 60_000,
  }, async () => {
    const stats = await runLoad(url, world, { clients, durationMs });
    expect(stats.errors.slice(0, 5)).toEqual([]);
    expect(stats.errors).toHaveLength(0);
    // Enough happened to mean something: every client went through lifecycles.
    expect(stats.cases.length).toBeGreaterThanOrEqual(clients);
    expect(stats.handovers.size).toBe(stats.cases.length);
    // Clients stop between lifecycles, so every handover ended accepted-and-completed or declined.
    expect(new Set([...stats.handovers.values(), 'COMPLETED', 'DECLINED']).size).toBe(2);

    const check = await verifyLoad(db, world, stats);
    expect(check.problems).toEqual([]);
    expect(check.cases).toBe(stats.cases.length);
    expect(check.handovers).toBe(stats.handovers.size);
    console.log(
      `load: ${stats.requests} requests (${(stats.requests / (durationMs / 1000)).toFixed(0)}/s), ` +
        `${stats.cases.length} cases, ${stats.handovers.size} handovers, 0 errors`,
    );
  });
});
