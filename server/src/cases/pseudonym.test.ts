import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ValidationFailedError } from '../errors.js';
import { oneKeyForAllRegions, subjectKey } from './pseudonym.js';

const key = 'a-test-key-of-at-least-thirty-two-characters';
const keys = oneKeyForAllRegions(key);

describe('subjectKey', () => {
  it('is HMAC-SHA256 of the BSN under the region key, as 64 hex characters', () => {
    const expected = createHmac('sha256', key).update('111222333').digest('hex');
    expect(subjectKey('111222333', 'MC21', keys)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives one youth one subject, and two youths two', () => {
    expect(subjectKey('123456782', 'MC21', keys)).toBe(subjectKey('123456782', 'MC21', keys));
    expect(subjectKey('123456782', 'MC21', keys)).not.toBe(subjectKey('111222333', 'MC21', keys));
  });

  it('depends on the key: another key, another pseudonym', () => {
    const other = oneKeyForAllRegions('another-key-of-at-least-thirty-two-chars');
    expect(subjectKey('123456782', 'MC21', keys)).not.toBe(subjectKey('123456782', 'MC21', other));
  });

  it('asks the lookup for the key of the region it is given', () => {
    const asked: string[] = [];
    const perRegion = (region: string) => {
      asked.push(region);
      return `${region}-key-of-at-least-thirty-two-characters`;
    };
    const inAmsterdam = subjectKey('123456782', 'MC21', perRegion);
    const inUtrecht = subjectKey('123456782', 'MC19', perRegion);
    expect(asked).toEqual(['MC21', 'MC19']);
    expect(inAmsterdam).not.toBe(inUtrecht);
  });

  it('refuses an invalid BSN with a message naming the field, not the value', () => {
    let error: unknown;
    try {
      subjectKey('123456789', 'MC21', keys);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationFailedError);
    const failure = error as ValidationFailedError;
    expect(failure.issues.map((issue) => issue.field)).toEqual(['bsn']);
    expect(JSON.stringify({ message: failure.message, issues: failure.issues })).not.toContain(
      '123456789',
    );
  });
});
