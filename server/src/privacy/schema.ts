import { builder } from '../schema/builder.js';
import { shownCount, smallCountThreshold } from './small-counts.js';

/** A count of cases and whether the asker may see those cases (then it is never hidden). */
export interface CaseCountValue {
  count: number;
  visible: boolean;
}

export const caseCount = (count: number, visible: boolean): CaseCountValue => ({ count, visible });

/** True when the number itself may be shown: zero, five or more, or cases the asker may see. */
export const countIsShown = ({ count, visible }: CaseCountValue) =>
  visible || count === 0 || count >= smallCountThreshold;

/**
 * Every count of cases in an aggregate goes out as a CaseCount, so the small-count rule
 * (DOMAIN.md, "Privacy") is applied in one place: 1–4 shows as "<5" to anyone who may not see
 * the cases behind it. Rates and medians over such a group are hidden the same way by their
 * resolvers (null when `countIsShown` is false).
 */
export const CaseCount = builder.objectRef<CaseCountValue>('CaseCount').implement({
  description: `A count of cases under the small-count rule: from 1 to ${smallCountThreshold - 1} it shows as "<${smallCountThreshold}" to anyone who may not see the cases behind it.`,
  fields: (t) => ({
    shown: t.string({
      description: `The count as it may be shown: the number, or "<${smallCountThreshold}".`,
      resolve: (c) => shownCount(c.count, c.visible),
    }),
    value: t.int({
      nullable: true,
      description: 'The exact number; null when it is hidden.',
      resolve: (c) => (countIsShown(c) ? c.count : null),
    }),
  }),
});
