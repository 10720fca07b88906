import { describe, expect, it } from 'vitest';
import { resolveRegionCode } from './useRegionParam';

describe('resolveRegionCode', () => {
  const codes = ['MC01', 'MC19', 'MC40'];

  it('takes the code from the URL, in any letter case', () => {
    expect(resolveRegionCode('MC19', codes)).toBe('MC19');
    expect(resolveRegionCode('mc19', codes)).toBe('MC19');
  });

  it('falls back to the first region for a missing or unknown code', () => {
    expect(resolveRegionCode(null, codes)).toBe('MC01');
    expect(resolveRegionCode('MC99', codes)).toBe('MC01');
  });

  it("falls back to the preferred region (a coordinator's own) before the first", () => {
    expect(resolveRegionCode(null, codes, 'MC40')).toBe('MC40');
    expect(resolveRegionCode('MC99', codes, 'mc40')).toBe('MC40');
    expect(resolveRegionCode('MC19', codes, 'MC40')).toBe('MC19');
    expect(resolveRegionCode(null, codes, 'MC99')).toBe('MC01');
  });

  it('has nothing to select without regions', () => {
    expect(resolveRegionCode('MC19', [])).toBeNull();
  });
});
