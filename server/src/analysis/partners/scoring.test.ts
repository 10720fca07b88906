import { describe, expect, it } from 'vitest';
import {
  cutOff,
  freshnessScore,
  municipalityScore,
  needsScore,
  networkMax,
  pathScore,
  trackRecordScore,
  weights,
} from './scoring.js';

describe('partner scoring', () => {
  it('lets the network parts never overturn serving the municipality or offering every need', () => {
    const serves = municipalityScore({ servesMunicipality: true, inRegion: true });
    const region = municipalityScore({ servesMunicipality: false, inRegion: true });
    expect(serves - region).toBeGreaterThan(networkMax);
    for (const asked of [1, 2, 3, 5, 8]) {
      const needs = Array.from({ length: asked }, () => 'GEDRAG' as const);
      const all = needsScore(needs, needs);
      const allButOne = needsScore(needs.slice(1), needs);
      expect(all - allButOne).toBeGreaterThan(networkMax);
    }
  });

  it('scores needs by share, with a bonus for all', () => {
    expect(needsScore(['AUTISME'], ['AUTISME', 'GEDRAG'])).toBe(20);
    expect(needsScore(['AUTISME', 'GEDRAG'], ['AUTISME', 'GEDRAG'])).toBe(
      weights.needs + weights.allNeeds,
    );
    expect(needsScore([], ['AUTISME'])).toBe(0);
  });

  it('shortens the path score per step and gives nothing beyond four', () => {
    expect([1, 2, 3, 4, 5, null].map(pathScore)).toEqual([6, 4.5, 3, 1.5, 0, 0]);
  });

  it('judges freshness by the oldest tie on the path', () => {
    expect(freshnessScore(null)).toBe(0);
    expect(freshnessScore({ tieDays: [] })).toBe(1);
    expect(freshnessScore({ tieDays: [10, null] })).toBe(0);
    expect(freshnessScore({ tieDays: [0, 365] })).toBe(0.5);
    expect(freshnessScore({ tieDays: [900] })).toBe(0);
  });

  it('scores the track record only when a rate may be shown', () => {
    expect(trackRecordScore(null)).toBe(0);
    expect(trackRecordScore(0.5)).toBe(1.5);
  });

  it('finds the cut-off of a list', () => {
    expect(cutOff([5, 9, 7], 2)).toBe(7);
    expect(cutOff([5], 2)).toBe(Number.NEGATIVE_INFINITY);
  });
});
