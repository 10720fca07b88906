import { describe, expect, it } from 'vitest';
import { caseKindFrom, requestFrom, requestParams } from './request';

describe('the partner request in the URL', () => {
  it('reads needs and a municipality code, and writes them back the same', () => {
    const request = requestFrom('GEDRAG,GGZ_JEUGD', 'GM0344');
    expect(request).toEqual({ needs: ['GEDRAG', 'GGZ_JEUGD'], municipalityCode: 'GM0344' });
    expect(request && requestParams(request)).toEqual({
      behoeften: 'GEDRAG,GGZ_JEUGD',
      gemeentecode: 'GM0344',
    });
  });

  it('drops unknown needs and makes no request without needs or a well-formed code', () => {
    expect(requestFrom('GEDRAG,ONZIN', 'GM0344')?.needs).toEqual(['GEDRAG']);
    expect(requestFrom('ONZIN', 'GM0344')).toBeNull();
    expect(requestFrom('GEDRAG', 'Utrecht')).toBeNull();
    expect(requestFrom(null, null)).toBeNull();
  });

  it('falls back to thuiszitters for an unknown case kind', () => {
    expect(caseKindFrom('VSV')).toBe('VSV');
    expect(caseKindFrom('x')).toBe('THUISZITTER');
  });
});
