import { type CaseCountValue, caseCount, countIsShown } from '../../privacy/schema.js';

/**
 * A count of cases for the small-count rule: visible only when the viewer's organisation is
 * involved in every case behind it (`visibleCount` of them are theirs).
 */
export const counted = (count: number, visibleCount: number): CaseCountValue =>
  caseCount(count, count > 0 && visibleCount >= count);

/** A rate, median or p-value over groups of cases: null unless every count behind it is shown. */
export const shownWith = <T>(value: T, ...counts: CaseCountValue[]): T | null =>
  counts.every(countIsShown) ? value : null;

/** The viewer's organisation, for counting the cases it is involved in; none for Ingrado. */
export const viewerOrganisation = (viewer: { organisationId: string | null } | null) =>
  viewer?.organisationId ?? null;
