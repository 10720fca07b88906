import { describe, expect, it } from 'vitest';
import { Random } from '../../../../seeds/random.js';
import { boundedTrackRecords } from './bounded.js';
import type { TrackRecordRow } from './types.js';

interface Candidate {
  id: string;
  distanceKm: number;
  without: number;
  rate: number;
}

const track = (id: string): TrackRecordRow => ({
  id,
  cases: 5,
  visibleCases: 0,
  accepted: 1,
  declined: 0,
  medianDaysToAccept: 1,
  newestTieConfirmedAt: null,
});

/** A city: many candidates that fit alike, a few points apart, each with its own rate. */
function city(random: Random, size: number): Candidate[] {
  return Array.from({ length: size }, (_, i) => ({
    id: `org-${String(i).padStart(3, '0')}`,
    distanceKm: random.chance(0.2) ? random.int(1, 30) : 0,
    without: 90 + random.int(0, 14) * 0.5,
    rate: random.chance(0.3) ? 0 : random.float(),
  }));
}

const total = (c: Candidate) => Math.round((c.without + 3 * c.rate) * 100) / 100;
const topTen = (candidates: readonly Candidate[]) =>
  [...candidates]
    .sort((a, b) => total(b) - total(a) || a.distanceKm - b.distanceKm || a.id.localeCompare(b.id))
    .slice(0, 10)
    .map((c) => c.id);

describe('track records read best placed first', () => {
  it('keeps every candidate that makes the list, and reads fewer when it can', async () => {
    const random = new Random(6);
    let spared = 0;
    for (let round = 0; round < 200; round++) {
      const candidates = city(random, random.int(1, 300));
      const reads: string[][] = [];
      const { kept, tracks } = await boundedTrackRecords(candidates, {
        limit: 10,
        firstRead: 20,
        without: (c) => c.without,
        withTrack: (c, found) => (found ? total(c) : c.without),
        read: async (ids) => {
          reads.push([...ids]);
          return new Map(ids.map((id) => [id, track(id)]));
        },
      });
      expect(topTen(kept)).toEqual(topTen(candidates));
      expect(kept.every((c) => tracks.has(c.id))).toBe(true);
      if (candidates.length <= 40) expect(reads.map((ids) => ids.length)).toEqual([kept.length]);
      else expect(reads[0]).toHaveLength(20);
      spared += candidates.length - kept.length;
    }
    expect(spared).toBeGreaterThan(0);
  });
});
