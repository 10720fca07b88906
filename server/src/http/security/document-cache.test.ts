import { describe, expect, it } from 'vitest';
import { boundedCache } from './document-cache.js';

describe('boundedCache', () => {
  it('keeps at most `max` entries, dropping the least recently used', () => {
    const cache = boundedCache<number>(2, 100);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('does not remember a document longer than the limit', () => {
    const cache = boundedCache<number>(10, 5);
    cache.set('x'.repeat(6), 1);
    expect(cache.get('x'.repeat(6))).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});
