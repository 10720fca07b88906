import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectGarbage, hostileRequests, sendHostile } from '../bench/sections/hostile-input.js';
import { type LoadWorld, prepareLoadWorld, removeLoadWorld } from '../bench/sections/load.js';
import { listen } from '../support/app.js';
import { connectTestDatabase } from '../support/database.js';

// Issue 8, hostile input (short version; `BENCH_SECTIONS=hostile-input npm run bench` sends
// 10,000): 2,000 generated invalid or hostile requests over HTTP, half signed in as a
// professional, half anonymous. Not one may be answered 5xx (or not at all, below the size
// limit), and the heap of the process serving them must not grow with them.

const count = 2_000;
const db = connectTestDatabase();
let url: string;
let world: LoadWorld;
beforeAll(async () => {
  url = `${await listen(db)}/graphql`;
  world = await prepareLoadWorld(db, 'hostile');
});
afterAll(() => removeLoadWorld(db, world));

describe(`${count} hostile requests`, () => {
  it('never answers 5xx, and memory stays flat', { timeout: 180_000 }, async () => {
    const cookie = world.cookies[world.school] ?? '';
    // Warm-up: plans, parser and validation caches (bounded LRUs) fill up first.
    await sendHostile(url, hostileRequests(1_000, 1), cookie);
    collectGarbage();
    const warm = process.memoryUsage().heapUsed;
    const stats = await sendHostile(url, hostileRequests(count), cookie);
    collectGarbage();
    const end = process.memoryUsage().heapUsed;

    expect(stats.sent).toBe(count);
    expect(stats.failures).toEqual([]);
    const statuses = Object.keys(stats.byStatus);
    expect(statuses.filter((status) => Number(status) >= 500)).toEqual([]);
    // The generator reaches the refusals it is meant to: bad requests, size limit, methods.
    expect(stats.byStatus['200']).toBeGreaterThan(0);
    expect(stats.byStatus['400']).toBeGreaterThan(0);
    expect((stats.byStatus['413'] ?? 0) + (stats.byStatus.closed ?? 0)).toBeGreaterThan(0);
    // Flat: a generous bound, since the collector's timing is not ours (heap after GC).
    expect(end).toBeLessThan(warm * 1.5 + 64 * 1_048_576);
    const mib = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MiB`;
    console.log(
      `hostile: ${stats.sent} requests ${JSON.stringify(stats.byStatus)}; heap ${mib(warm)} → ${mib(end)}`,
    );
  });
});
