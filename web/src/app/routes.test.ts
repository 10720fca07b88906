import { describe, expect, it } from 'vitest';
import { viewAt, viewsFor } from './routes';

describe('routes', () => {
  it('finds the view at a path, with or without a trailing slash', () => {
    expect(viewAt('/')).toBe('map');
    expect(viewAt('/beheer/')).toBe('admin');
    expect(viewAt('/onbekend')).toBeNull();
  });

  it('shows Beheer to administrators only', () => {
    expect(viewsFor('ADMIN')).toContain('admin');
    expect(viewsFor('REGIONAL_COORDINATOR')).not.toContain('admin');
    expect(viewsFor('PROFESSIONAL')).toEqual([
      'map',
      'partners',
      'gaps',
      'handovers',
      'regions',
      'signals',
    ]);
  });
});
