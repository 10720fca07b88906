import { linearRegression } from 'simple-statistics';
import { binomialTail } from './dropout-rule.js';

/**
 * When demand for a need is rising in a region. The last twelve months before `asOf` are set
 * against the twelve months before them (whole years, so the seasons of the school year cancel
 * out): `recent` and `earlier` cases with the need. A need is flagged when
 * - recent ≥ `minimumCases` (a handful of cases is no trend, and may not be published),
 * - recent ≥ `minimumGrowth` × earlier (at least a quarter more), and
 * - under "no change" each of the recent + earlier cases falls in either year with chance ½:
 *   P(X ≥ recent) for X ~ Binomial(recent + earlier, ½) is below `alpha` / the needs tested.
 * The quarterly counts and their least-squares slope are shown beside it as the picture.
 */
export const demandRule = {
  minimumCases: 10,
  minimumGrowth: 1.25,
  alpha: 0.05,
} as const;

export const demandRuleText =
  `The last 12 months against the 12 before: flagged with at least ${demandRule.minimumCases} recent cases, ` +
  `growth of at least ${Math.round((demandRule.minimumGrowth - 1) * 100)}% and a one-sided binomial p ` +
  `(half-and-half under no change) below ${demandRule.alpha} divided by the number of needs tested.`;

export interface NeedWindows {
  need: string;
  recent: number;
  earlier: number;
}

export interface NeedJudgement extends NeedWindows {
  growth: number | null;
  pValue: number;
  tested: boolean;
  rising: boolean;
}

export function judgeNeeds(needs: readonly NeedWindows[]): NeedJudgement[] {
  const isTested = (n: NeedWindows) => n.recent >= demandRule.minimumCases;
  const tests = Math.max(1, needs.filter(isTested).length);
  return needs.map((n) => {
    const growth = n.earlier > 0 ? n.recent / n.earlier : null;
    const pValue = binomialTail(n.recent + n.earlier, n.recent, 0.5);
    const tested = isTested(n);
    const rising =
      tested &&
      n.recent >= demandRule.minimumGrowth * n.earlier &&
      pValue < demandRule.alpha / tests;
    return { ...n, growth, pValue, tested, rising };
  });
}

/** Least-squares slope of a series (cases per quarter per quarter); 0 for fewer than 2 points. */
export function slopePerQuarter(counts: readonly number[]): number {
  if (counts.length < 2) return 0;
  return linearRegression(counts.map((count, i) => [i, count])).m;
}
