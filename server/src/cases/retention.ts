import type { CaseKind } from '../vocabulary/cases.js';

/**
 * How long a case may be kept (DOMAIN.md, "Privacy / Retention"), as the date `retainUntil` a
 * purge (issue 5) compares with today. One rule per kind:
 *
 * - LEERPLICHT (absoluut verzuim, thuiszitter, vrijstelling): the leerplicht file is destroyed
 *   19 years after birth → the end of the year in which the youth turns 19.
 * - RMC (vsv, kwetsbare positie): 2 years after the RMC duty ends, which is at age 27 since
 *   1 January 2026 → the end of the year in which the youth turns 27, plus 2 years.
 * - ABSENCE_REPORT (relatief, luxe, signaalverzuim): the report is kept 5 years → 5 years
 *   after the case was opened.
 *
 * Approximations, because we store an age in years and never a birth date: the youth is taken
 * to turn `age + n` in the year `openedYear + n`, which is the later of the two possible years,
 * so a file is never purged early; and a whole year is kept where the birthday is unknown. The
 * RMC rule uses 27 also for cases opened before 2026 (the longer, current duty). No rule ends
 * before the end of the year the case was opened, so a case is never purgeable at birth (e.g.
 * a leerplicht case of a 20-year-old).
 */
export type RetentionRule = 'LEERPLICHT' | 'RMC' | 'ABSENCE_REPORT';

export const retentionRuleOf: Record<CaseKind, RetentionRule> = {
  ABSOLUUT_VERZUIM: 'LEERPLICHT',
  THUISZITTER: 'LEERPLICHT',
  VRIJSTELLING: 'LEERPLICHT',
  VSV: 'RMC',
  KWETSBARE_POSITIE: 'RMC',
  RELATIEF_VERZUIM: 'ABSENCE_REPORT',
  LUXE_VERZUIM: 'ABSENCE_REPORT',
  SIGNAALVERZUIM: 'ABSENCE_REPORT',
};

/** Age at which the leerplicht file goes: 19 years after birth. */
export const leerplichtRetentionAge = 19;
/** The RMC duty runs until 27 (since 2026); its files are kept 2 years longer. */
export const rmcDutyEndAge = 27;
export const rmcRetentionYears = 2;
export const absenceReportRetentionYears = 5;

const endOfYear = (year: number) => `${String(year).padStart(4, '0')}-12-31`;

function addYears(date: string, years: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCFullYear(moved.getUTCFullYear() + years);
  return moved.toISOString().slice(0, 10);
}

/**
 * `retainUntil` for a case of this kind, opened on `openedAt` (YYYY-MM-DD) for a youth who was
 * `age` years old then. Returns YYYY-MM-DD.
 */
export function retainUntil(kind: CaseKind, age: number, openedAt: string): string {
  const openedYear = Number(openedAt.slice(0, 4));
  const rule = retentionRuleOf[kind];
  const until =
    rule === 'LEERPLICHT'
      ? endOfYear(openedYear + leerplichtRetentionAge - age)
      : rule === 'RMC'
        ? endOfYear(openedYear + rmcDutyEndAge - age + rmcRetentionYears)
        : addYears(openedAt, absenceReportRetentionYears);
  // ISO dates compare as strings.
  const floor = endOfYear(openedYear);
  if (until < floor) return floor;
  return until;
}
