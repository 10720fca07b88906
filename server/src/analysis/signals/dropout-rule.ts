import jStat from 'jstat';

/**
 * When a sending school's pupils drop out of the MBO far more than elsewhere. Per school, its
 * complete cohorts (the whole first MBO year before `asOf`) are pooled: n transfers, k dropouts.
 * The baseline is the pooled rate of every other school of the region (leave-one-out, so a bad
 * school does not raise its own yardstick). A school is flagged when
 * - n ≥ `minimumTransfers` and k ≥ `minimumDropouts` (small groups say little, and fewer than
 *   five cases may not be published anyway),
 * - its rate is at least `minimumRatio` times the baseline, and
 * - a one-sided binomial test (k or more dropouts out of n at the baseline rate) gives
 *   p < `alpha` / the number of schools tested (Bonferroni: many schools, one false alarm at most
 *   in twenty regions).
 */
export const dropoutRule = {
  minimumTransfers: 10,
  minimumDropouts: 5,
  minimumRatio: 2,
  alpha: 0.05,
} as const;

export const dropoutRuleText =
  `Pooled complete cohorts per school against the pooled rate of every other school of the region: ` +
  `flagged with at least ${dropoutRule.minimumTransfers} transfers and ${dropoutRule.minimumDropouts} dropouts, ` +
  `a rate of at least ${dropoutRule.minimumRatio}× the baseline and a one-sided binomial p below ` +
  `${dropoutRule.alpha} divided by the number of schools tested.`;

/** P(X ≥ k) for X ~ Binomial(n, p). */
export function binomialTail(n: number, k: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  return Math.min(1, Math.max(0, 1 - jStat.binomial.cdf(k - 1, n, p)));
}

export interface SchoolTotals {
  schoolId: string;
  transfers: number;
  dropouts: number;
}

export interface SchoolJudgement extends SchoolTotals {
  rate: number | null;
  baselineTransfers: number;
  baselineDropouts: number;
  baselineRate: number | null;
  pValue: number | null;
  tested: boolean;
  flagged: boolean;
}

/** Judges every school against the others (complete cohorts only). */
export function judgeSchools(schools: readonly SchoolTotals[]): SchoolJudgement[] {
  const allTransfers = schools.reduce((sum, s) => sum + s.transfers, 0);
  const allDropouts = schools.reduce((sum, s) => sum + s.dropouts, 0);
  const isTested = (s: SchoolTotals) =>
    s.transfers >= dropoutRule.minimumTransfers && s.dropouts >= dropoutRule.minimumDropouts;
  const tests = Math.max(1, schools.filter(isTested).length);
  return schools.map((school) => {
    const baselineTransfers = allTransfers - school.transfers;
    const baselineDropouts = allDropouts - school.dropouts;
    const baselineRate = baselineTransfers > 0 ? baselineDropouts / baselineTransfers : null;
    const rate = school.transfers > 0 ? school.dropouts / school.transfers : null;
    const tested = isTested(school) && baselineRate !== null;
    const pValue =
      baselineRate === null ? null : binomialTail(school.transfers, school.dropouts, baselineRate);
    const flagged =
      tested &&
      rate !== null &&
      pValue !== null &&
      rate >= dropoutRule.minimumRatio * (baselineRate ?? 0) &&
      pValue < dropoutRule.alpha / tests;
    return {
      ...school,
      rate,
      baselineTransfers,
      baselineDropouts,
      baselineRate,
      pValue,
      tested,
      flagged,
    };
  });
}
