import { isDate, isDateTime } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  type BatchQuery,
  chunked,
  toNeo4jDate,
  toNeo4jDateTime,
  writeInBatches,
} from './batches.js';
import type { Database } from './database.js';
import { toParameters } from './values.js';

type Row = { n: number; day?: string | null; at?: string | null };
const query = { name: 'test/rows', text: 'UNWIND $rows AS row RETURN count(*)' } as BatchQuery<
  Row,
  { tag: string }
>;

/** A database that records each write and can be slowed down or made to fail. */
function fakeDatabase(options: { delayMs?: number; failOn?: number } = {}) {
  const calls: { rows: Row[]; tag?: string }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const db = {
    async write(_q: unknown, params: { rows: Row[]; tag?: string }) {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 1));
      inFlight--;
      if (params.rows.some((row) => row.n === options.failOn)) throw new Error('batch failed');
      calls.push(params);
      return [];
    },
  } as unknown as Database;
  return { db, calls, maxInFlight: () => maxInFlight };
}

const rows = (count: number): Row[] => Array.from({ length: count }, (_, n) => ({ n }));

describe('chunked', () => {
  it('groups any iterable in order, the last group holding the rest', () => {
    expect([...chunked([1, 2, 3, 4, 5], 2)]).toEqual([[1, 2], [3, 4], [5]]);
    expect([...chunked(new Set<number>(), 3)]).toEqual([]);
    expect(() => [...chunked([1], 0)]).toThrow(RangeError);
  });
});

describe('writeInBatches', () => {
  it('writes every row once, in batches of the size asked, with the shared parameters', async () => {
    const { db, calls } = fakeDatabase();
    const seen: number[] = [];
    const written = await writeInBatches(db, query, rows(10), {
      batchSize: 4,
      params: { tag: 'x' },
      onBatch: (n) => seen.push(n),
    });
    expect(written).toBe(10);
    expect(calls.map((c) => c.rows.length).sort()).toEqual([2, 4, 4]);
    expect(calls.flatMap((c) => c.rows.map((r) => r.n)).sort((a, b) => a - b)).toEqual(
      rows(10).map((r) => r.n),
    );
    expect(calls.every((c) => c.tag === 'x')).toBe(true);
    expect(seen.reduce((a, b) => a + b, 0)).toBe(10);
  });

  it('keeps at most `concurrency` transactions in flight', async () => {
    const { db, maxInFlight } = fakeDatabase({ delayMs: 5 });
    await writeInBatches(db, query, rows(40), { batchSize: 2, concurrency: 3 });
    expect(maxInFlight()).toBe(3);
    const serial = fakeDatabase({ delayMs: 2 });
    await writeInBatches(serial.db, query, rows(10), { batchSize: 2, concurrency: 1 });
    expect(serial.maxInFlight()).toBe(1);
  });

  it('stops starting batches after a failure and rethrows it', async () => {
    const { db, calls } = fakeDatabase({ failOn: 4 });
    await expect(
      writeInBatches(db, query, rows(100), { batchSize: 2, concurrency: 2 }),
    ).rejects.toThrow('batch failed');
    expect(calls.length).toBeLessThan(10);
  });

  it('sends the named fields as Neo4j dates and date-times that survive the parameter boundary', async () => {
    const { db, calls } = fakeDatabase();
    await writeInBatches(
      db,
      query,
      [
        { n: 1, day: '2026-11-16', at: '2026-11-16T09:30:00Z' },
        { n: 2, day: null, at: null },
      ],
      {
        temporal: { dates: ['day'], dateTimes: ['at'] },
      },
    );
    const [first, second] = calls[0]?.rows ?? [];
    expect(isDate(first?.day)).toBe(true);
    expect(isDateTime(first?.at)).toBe(true);
    expect(String(first?.at)).toBe('2026-11-16T09:30:00Z');
    expect(second).toEqual({ n: 2, day: null, at: null });
    const sent = toParameters({ day: first?.day }) as { day: unknown };
    expect(isDate(sent.day)).toBe(true);
  });

  it('refuses what is not a UTC date-time', () => {
    expect(String(toNeo4jDate('2024-02-29'))).toBe('2024-02-29');
    expect(() => toNeo4jDateTime('2026-11-16 09:30')).toThrow(RangeError);
  });
});
