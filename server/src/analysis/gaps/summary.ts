import { type GapSeverity, gapSeverities } from '../template/types.js';
import { severityRank } from './severity.js';
import type { GapSummaryShape, MissingTieItem, StaleTieItem } from './types.js';

/** Counts of missing and stale ties, in all, per severity and per rule (stale: the rule it carries). */
export function summarise(
  missing: readonly MissingTieItem[],
  stale: readonly StaleTieItem[],
  rules: readonly { code: string; severity: GapSeverity }[],
): GapSummaryShape {
  const bySeverity = gapSeverities.map((severity) => ({
    severity,
    missingTies: missing.filter((m) => m.severity === severity).length,
    staleTies: stale.filter((s) => s.severity === severity).length,
  }));
  const byRule = rules
    .map((rule) => ({
      ruleCode: rule.code,
      severity: rule.severity,
      missingTies: missing.filter((m) => m.ruleCode === rule.code).length,
      staleTies: stale.filter((s) => s.ruleCode === rule.code).length,
    }))
    .filter((row) => row.missingTies > 0 || row.staleTies > 0);
  return { missingTies: missing.length, staleTies: stale.length, bySeverity, byRule };
}

/** Adds region summaries up, for the national summary. */
export function addSummaries(summaries: readonly GapSummaryShape[]): GapSummaryShape {
  const bySeverity = gapSeverities.map((severity) => ({ severity, missingTies: 0, staleTies: 0 }));
  const byRule = new Map<string, GapSummaryShape['byRule'][number]>();
  for (const summary of summaries) {
    summary.bySeverity.forEach((row, i) => {
      const total = bySeverity[i];
      if (total) {
        total.missingTies += row.missingTies;
        total.staleTies += row.staleTies;
      }
    });
    for (const row of summary.byRule) {
      const total = byRule.get(row.ruleCode) ?? { ...row, missingTies: 0, staleTies: 0 };
      total.missingTies += row.missingTies;
      total.staleTies += row.staleTies;
      byRule.set(row.ruleCode, total);
    }
  }
  return {
    missingTies: summaries.reduce((sum, s) => sum + s.missingTies, 0),
    staleTies: summaries.reduce((sum, s) => sum + s.staleTies, 0),
    bySeverity,
    byRule: [...byRule.values()].sort(
      (a, b) =>
        severityRank[a.severity] - severityRank[b.severity] || a.ruleCode.localeCompare(b.ruleCode),
    ),
  };
}
