import { isInt, Date as Neo4jDate } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toParameters, toPlain } from './values.js';

describe('toParameters', () => {
  it('sends whole numbers as integers, deep inside lists and maps, and leaves the rest', () => {
    const out = toParameters({
      limit: 20,
      ratio: 0.5,
      rows: [{ age: 14, name: 'x' }],
      none: null,
    }) as {
      limit: unknown;
      ratio: unknown;
      rows: { age: unknown; name: unknown }[];
      none: unknown;
    };
    expect(isInt(out.limit)).toBe(true);
    expect(String(out.limit)).toBe('20');
    expect(out.ratio).toBe(0.5);
    expect(isInt(out.rows[0]?.age)).toBe(true);
    expect(out.rows[0]?.name).toBe('x');
    expect(out.none).toBeNull();
  });
});

describe('toPlain', () => {
  it('turns temporal values into ISO strings, deep inside maps', () => {
    expect(toPlain({ at: new Neo4jDate(2026, 11, 28), n: 3 })).toEqual({ at: '2026-11-28', n: 3 });
  });
});
