import { describe, expect, it } from 'vitest';
import { kindList, ruleCode, scopeIssues } from './rules.js';

describe('template input rules', () => {
  it('accepts the generator-style codes and refuses others', () => {
    for (const code of ['LEERPLICHT-HALT', 'WERK_EN_INKOMEN-WIJKTEAM', 'VO-MBO', 'X']) {
      expect(ruleCode.safeParse(code).success).toBe(true);
    }
    for (const code of ['leerplicht-halt', '-HALT', 'A--B', 'A B', '']) {
      expect(ruleCode.safeParse(code).success).toBe(false);
    }
  });

  it('wants at least one kind and no repeats', () => {
    expect(kindList.safeParse([]).success).toBe(false);
    expect(kindList.safeParse(['GGD', 'GGD']).success).toBe(false);
    expect(kindList.safeParse(['GGD', 'GGZ']).success).toBe(true);
  });

  it('keeps membership rules between schools and samenwerkingsverbanden', () => {
    expect(scopeIssues('MEMBERSHIP', ['SCHOOL_VO'], ['SWV_VO'])).toEqual([]);
    expect(scopeIssues('MUNICIPALITY', ['GGD'], ['HALT'])).toEqual([]);
    expect(scopeIssues('MEMBERSHIP', ['LEERPLICHT'], ['HALT']).map((i) => i.field)).toEqual([
      'input.fromKinds',
      'input.toKinds',
    ]);
    expect(scopeIssues('MEMBERSHIP', ['SCHOOL_MBO'], ['SWV_VO'])).toHaveLength(1);
  });
});
