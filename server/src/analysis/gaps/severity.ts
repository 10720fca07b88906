import type { OrganisationKind } from '../../network/kinds.js';
import type { CollaborationRuleShape, GapSeverity } from '../template/types.js';

export const severityRank: Record<GapSeverity, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

/** One step less urgent; LOW stays LOW. */
export const lowered = (severity: GapSeverity): GapSeverity =>
  severity === 'HIGH' ? 'MEDIUM' : 'LOW';

export type RuleKinds = Pick<CollaborationRuleShape, 'code' | 'fromKinds' | 'toKinds' | 'severity'>;

/** The most severe rule expecting a pair of these kinds (either way round), if any. */
export function ruleForKinds<R extends RuleKinds>(
  rules: readonly R[],
  a: OrganisationKind,
  b: OrganisationKind,
): R | null {
  let best: R | null = null;
  for (const rule of rules) {
    const matches =
      (rule.fromKinds.includes(a) && rule.toKinds.includes(b)) ||
      (rule.fromKinds.includes(b) && rule.toKinds.includes(a));
    if (matches && (!best || severityRank[rule.severity] < severityRank[best.severity])) {
      best = rule;
    }
  }
  return best;
}

/**
 * A stale tie is as urgent as the expected collaboration it carries, one step less (it still
 * exists, it only needs confirming); a tie that carries no rule of the template is LOW.
 */
export function staleSeverity(
  rules: readonly RuleKinds[],
  a: OrganisationKind,
  b: OrganisationKind,
) {
  const rule = ruleForKinds(rules, a, b);
  return {
    severity: rule ? lowered(rule.severity) : ('LOW' as GapSeverity),
    ruleCode: rule?.code ?? null,
  };
}
