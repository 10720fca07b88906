import { describe, expect, it } from 'vitest';
import { isValidBsn } from './bsn.js';

describe('isValidBsn (11-test)', () => {
  it.each(['111222333', '123456782', '999999990', '100000009'])('accepts %s', (bsn) => {
    expect(isValidBsn(bsn)).toBe(true);
  });

  it.each([
    ['a wrong check digit', '123456789'],
    ['another wrong check digit', '111222334'],
    ['all zeros (sum 0, but no BSN)', '000000000'],
    ['eight digits', '12345678'],
    ['ten digits', '1234567820'],
    ['letters', '12345678a'],
    ['spaces', '123 456 782'],
    ['an empty string', ''],
    ['a sign', '-23456782'],
  ])('rejects %s', (_why, bsn) => {
    expect(isValidBsn(bsn)).toBe(false);
  });

  it('rejects every single-digit typo of a valid BSN', () => {
    const valid = '123456782';
    for (let position = 0; position < 9; position++) {
      for (let digit = 0; digit <= 9; digit++) {
        const typo = `${valid.slice(0, position)}${digit}${valid.slice(position + 1)}`;
        if (typo !== valid) expect(isValidBsn(typo), typo).toBe(false);
      }
    }
  });
});
