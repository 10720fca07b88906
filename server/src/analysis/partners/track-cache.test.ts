import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTrackCache } from './track-cache.js';
import type { TrackRecordRow } from './types.js';

const row = (id: string, cases: number): TrackRecordRow => ({
  id,
  cases,
  visibleCases: 0,
  accepted: cases,
  declined: 0,
  medianDaysToAccept: 1,
  newestTieConfirmedAt: null,
});

describe('the track record cache', () => {
  afterEach(() => vi.useRealTimers());

  it('keeps only records of five cases or more, per day judged', () => {
    const cache = createTrackCache();
    cache.remember('2026-11-17', [row('busy', 5), row('quiet', 4)]);
    const { found, missing } = cache.lookup('2026-11-17', ['busy', 'quiet', 'unknown']);
    expect([...found.keys()]).toEqual(['busy']);
    expect(missing).toEqual(['quiet', 'unknown']);
    expect(cache.lookup('2026-11-18', ['busy']).missing).toEqual(['busy']);
  });

  it('forgets a record after its time, and the oldest when full', () => {
    vi.useFakeTimers();
    const cache = createTrackCache({ ttlMs: 1_000, max: 2 });
    cache.remember('d', [row('a', 9), row('b', 9)]);
    vi.advanceTimersByTime(999);
    expect(cache.lookup('d', ['a', 'b']).missing).toEqual([]);
    cache.remember('d', [row('c', 9)]);
    expect(cache.lookup('d', ['a', 'b', 'c']).missing).toEqual(['a']);
    vi.advanceTimersByTime(1);
    expect(cache.lookup('d', ['b', 'c']).missing).toEqual(['b']);
  });
});
