import { describe, expect, it } from 'vitest';
import type { Viewer } from '../api/operations/viewer';
import { preferredRegionCode } from './preferredRegion';

const base: Viewer = {
  email: 'x@rizoom.example',
  role: 'PROFESSIONAL',
  organisation: null,
  regions: [],
};

describe('preferredRegionCode', () => {
  it("is a regional coordinator's own region", () => {
    const regions = [{ code: 'MC19', name: 'Utrecht' }];
    expect(preferredRegionCode({ ...base, role: 'REGIONAL_COORDINATOR', regions })).toBe('MC19');
  });

  it('is none for other roles, or a coordinator without a region', () => {
    expect(preferredRegionCode(base)).toBeNull();
    expect(preferredRegionCode({ ...base, role: 'REGIONAL_COORDINATOR' })).toBeNull();
  });
});
