import { describe, expect, it } from 'vitest';
import { NATIONAL_CODE, overviewScopes, resolveAsOf } from './scope';

const regions = [
  { id: 'r1', code: 'MC01', name: 'Achterhoek' },
  { id: 'r19', code: 'MC19', name: 'Utrecht' },
];

describe('overviewScopes', () => {
  it('offers Ingrado administrators the whole country first, then every region', () => {
    const scopes = overviewScopes('ADMIN', regions, 'Heel Nederland');
    expect(scopes.map((scope) => scope.code)).toEqual([NATIONAL_CODE, 'MC01', 'MC19']);
    expect(scopes[0]).toEqual({ regionCode: null, code: NATIONAL_CODE, name: 'Heel Nederland' });
  });

  it('offers coordinators and professionals the regions only', () => {
    for (const role of ['REGIONAL_COORDINATOR', 'PROFESSIONAL'] as const) {
      const scopes = overviewScopes(role, regions, 'Heel Nederland');
      expect(scopes.map((scope) => scope.regionCode)).toEqual(['MC01', 'MC19']);
    }
  });
});

describe('resolveAsOf', () => {
  const today = '2026-11-30';

  it('takes a valid day up to today from the URL', () => {
    expect(resolveAsOf('2024-02-29', today)).toBe('2024-02-29');
    expect(resolveAsOf(today, today)).toBe(today);
  });

  it('falls back to today for a missing, malformed or impossible day', () => {
    expect(resolveAsOf(null, today)).toBe(today);
    expect(resolveAsOf('30-11-2026', today)).toBe(today);
    expect(resolveAsOf('2025-02-29', today)).toBe(today);
    expect(resolveAsOf('2025-13-01', today)).toBe(today);
  });

  it('does not look past today', () => {
    expect(resolveAsOf('2027-01-01', today)).toBe(today);
  });
});
