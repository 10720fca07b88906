import { describe, expect, it } from 'vitest';
import { caseKinds } from '../vocabulary/cases.js';
import { retainUntil, retentionRuleOf } from './retention.js';

describe('retainUntil', () => {
  it('keeps a leerplicht file until the end of the year the youth turns 19', () => {
    expect(retainUntil('ABSOLUUT_VERZUIM', 12, '2026-03-15')).toBe('2033-12-31');
    expect(retainUntil('THUISZITTER', 15, '2026-11-01')).toBe('2030-12-31');
    expect(retainUntil('VRIJSTELLING', 5, '2025-08-20')).toBe('2039-12-31');
  });

  it('keeps an RMC file until 2 years after the duty ends at 27', () => {
    expect(retainUntil('VSV', 18, '2026-02-01')).toBe('2037-12-31');
    expect(retainUntil('KWETSBARE_POSITIE', 16, '2026-09-01')).toBe('2039-12-31');
  });

  it('keeps an absence report 5 years from the day it was opened', () => {
    expect(retainUntil('RELATIEF_VERZUIM', 14, '2026-04-09')).toBe('2031-04-09');
    expect(retainUntil('LUXE_VERZUIM', 8, '2026-06-30')).toBe('2031-06-30');
    expect(retainUntil('SIGNAALVERZUIM', 17, '2025-01-02')).toBe('2030-01-02');
  });

  it('never ends before the end of the year the case was opened', () => {
    expect(retainUntil('THUISZITTER', 22, '2026-05-05')).toBe('2026-12-31');
    expect(retainUntil('VSV', 27, '2026-05-05')).toBe('2028-12-31');
  });

  it('is later for a younger child under the same age-based rule', () => {
    for (const kind of ['ABSOLUUT_VERZUIM', 'VSV'] as const) {
      expect(retainUntil(kind, 10, '2026-01-01') > retainUntil(kind, 11, '2026-01-01')).toBe(true);
    }
  });

  it('has a rule for every case kind', () => {
    expect(Object.keys(retentionRuleOf).sort()).toEqual([...caseKinds].sort());
  });
});
