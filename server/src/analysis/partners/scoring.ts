import type { Need } from '../../vocabulary/needs.js';

// The partner finder's score, in parts (README.md explains the choice of numbers). Fit — the
// municipality and the needs — can reach 90 points; the network parts together at most 10, so
// they order organisations that fit alike and never overturn a difference in fit that matters:
// serving the municipality (30 points over the region) or offering every asked need (≥ 10).

export const weights = {
  /** Serves the asked municipality. */
  servesMunicipality: 40,
  /** Serves another municipality of the same RMC region, not the asked one. */
  inRegion: 10,
  /** Spread over the asked needs: 40 × offered / asked. */
  needs: 40,
  /** On top, when every asked need is offered. */
  allNeeds: 10,
  /** A one-step path; each further step takes a quarter off. */
  path: 6,
  /** Times the acceptance rate, when the track record may be shown. */
  trackRecord: 3,
  /** Times how recently the oldest tie on the path was confirmed (see `freshnessScore`). */
  freshness: 1,
} as const;

/** The most the network parts (path, track record, freshness) add together. */
export const networkMax = weights.path + weights.trackRecord + weights.freshness;
/** Paths longer than this are not looked for. */
export const maxPathSteps = 4;
/** A tie confirmed this many days ago or longer adds nothing to freshness. */
export const freshnessHorizonDays = 730;

const round2 = (value: number) => Math.round(value * 100) / 100;

export function municipalityScore(c: { servesMunicipality: boolean; inRegion: boolean }) {
  if (c.servesMunicipality) return weights.servesMunicipality;
  return c.inRegion ? weights.inRegion : 0;
}

export function needsScore(offered: readonly Need[], asked: readonly Need[]) {
  if (asked.length === 0) return 0;
  const share = offered.length / asked.length;
  return round2(weights.needs * share + (share >= 1 ? weights.allNeeds : 0));
}

/** 6 for one step, 4.5 for two, 3 for three, 1.5 for four; 0 without a path. */
export function pathScore(steps: number | null) {
  if (steps === null || steps < 1 || steps > maxPathSteps) return 0;
  return round2((weights.path * (maxPathSteps + 1 - steps)) / maxPathSteps);
}

/**
 * How fresh the path is: full marks when it has no ties (only jobs and memberships, which are
 * current by definition), nothing when a tie on it was never confirmed, else falling linearly
 * with the days since its oldest tie was confirmed, to nothing at two years.
 */
export function freshnessScore(path: { tieDays: (number | null)[] } | null) {
  if (!path) return 0;
  if (path.tieDays.length === 0) return weights.freshness;
  if (path.tieDays.some((days) => days === null)) return 0;
  const oldest = Math.max(...(path.tieDays as number[]));
  const left = 1 - Math.min(Math.max(oldest, 0), freshnessHorizonDays) / freshnessHorizonDays;
  return round2(weights.freshness * left);
}

/** The acceptance rate times its weight; 0 when the rate is unknown or may not be shown. */
export function trackRecordScore(acceptanceRate: number | null) {
  return acceptanceRate === null ? 0 : round2(weights.trackRecord * acceptanceRate);
}

/**
 * The `limit`-th highest of `scores` (−∞ when there are fewer): anything whose best possible
 * total stays below it cannot make the list, so its costlier parts need not be computed.
 */
export function cutOff(scores: readonly number[], limit: number) {
  if (scores.length < limit) return Number.NEGATIVE_INFINITY;
  return [...scores].sort((a, b) => b - a)[limit - 1] ?? Number.NEGATIVE_INFINITY;
}
