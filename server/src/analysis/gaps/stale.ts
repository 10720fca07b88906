import { ageInDays, staleBefore } from '../../ties/age.js';
import { type RuleKinds, severityRank, staleSeverity } from './severity.js';
import type { GapTie, StaleTieItem } from './types.js';

/**
 * The ties not confirmed for 12 months before `asOf` (or never), with their severity (see
 * `staleSeverity`), most urgent and longest unconfirmed first.
 */
export function staleTies(
  ties: readonly GapTie[],
  rules: readonly RuleKinds[],
  asOf: string,
): StaleTieItem[] {
  const before = staleBefore(asOf);
  return ties
    .filter((tie) => !tie.lastConfirmedAt || tie.lastConfirmedAt.slice(0, 10) < before)
    .map((tie) => ({
      tieId: tie.id,
      type: tie.type,
      fromId: tie.fromId,
      toId: tie.toId,
      lastConfirmedAt: tie.lastConfirmedAt?.slice(0, 10) ?? null,
      daysSinceConfirmed: ageInDays(tie.lastConfirmedAt, asOf),
      ...staleSeverity(rules, tie.fromKind, tie.toKind),
    }))
    .sort(
      (a, b) =>
        severityRank[a.severity] - severityRank[b.severity] ||
        (b.daysSinceConfirmed ?? Number.MAX_SAFE_INTEGER) -
          (a.daysSinceConfirmed ?? Number.MAX_SAFE_INTEGER) ||
        a.tieId.localeCompare(b.tieId),
    );
}
