import { median } from 'simple-statistics';

/**
 * When the switch from care inside the school to care outside it comes too late. Care inside
 * the school starts when the school or a samenwerkingsverband becomes involved in the case; care
 * outside it is the first handover to a wijkteam, jeugdzorg or GGZ provider. A school is flagged
 * when at least `minimumCases` of its cases made the switch and their median delay exceeds
 * `lateAfterDays` (about three months: the thuiszitter priority group's mark, and well past the
 * four weeks after which absence counts as long-term).
 */
export const careSwitchRule = { minimumCases: 5, lateAfterDays: 90 } as const;

export const careSwitchRuleText =
  `From the school's (or its samenwerkingsverband's) involvement to the first handover to a wijkteam, ` +
  `jeugdzorg or GGZ provider: a school is flagged when at least ${careSwitchRule.minimumCases} cases ` +
  `switched and their median delay exceeds ${careSwitchRule.lateAfterDays} days.`;

export interface DelayJudgement {
  cases: number;
  medianDays: number | null;
  late: number;
  flagged: boolean;
}

export function judgeDelays(delays: readonly number[]): DelayJudgement {
  const medianDays = delays.length > 0 ? median([...delays]) : null;
  return {
    cases: delays.length,
    medianDays,
    late: delays.filter((days) => days > careSwitchRule.lateAfterDays).length,
    flagged:
      delays.length >= careSwitchRule.minimumCases &&
      medianDays !== null &&
      medianDays > careSwitchRule.lateAfterDays,
  };
}
