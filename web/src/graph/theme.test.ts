import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS } from '../api/schema';
import { SECTOR_OF_KIND } from '../domain/sectors';
import { OKABE_ITO } from './palette';
import { polygonPoints } from './shapes';
import { buildStylesheet } from './stylesheet';
import { DEFAULT_THEME } from './theme';

describe('DEFAULT_THEME', () => {
  it('uses only Okabe–Ito colours for organisation kinds', () => {
    const palette = new Set<string>(Object.values(OKABE_ITO));
    for (const kind of ORGANISATION_KINDS)
      expect(palette).toContain(DEFAULT_THEME.nodeKinds[kind].colour);
  });

  it('gives kinds that share a colour different shapes', () => {
    const seen = new Set<string>();
    for (const kind of ORGANISATION_KINDS) {
      const key = `${SECTOR_OF_KIND[kind]}:${DEFAULT_THEME.nodeKinds[kind].shape}`;
      expect(seen, `${kind} repeats ${key}`).not.toContain(key);
      seen.add(key);
    }
  });
});

describe('buildStylesheet', () => {
  it('has a rule for every organisation kind', () => {
    const selectors = buildStylesheet(DEFAULT_THEME).map((block) => block.selector);
    for (const kind of ORGANISATION_KINDS)
      expect(selectors).toContain(`node[kind = "${kind}"][type = "Organisation"]`);
  });
});

describe('polygonPoints', () => {
  it('fills the unit square like Cytoscape, apex of the triangle on top', () => {
    const triangle = polygonPoints('triangle') ?? [];
    expect(triangle.slice(0, 2).map((v) => Math.round(v * 1000) / 1000)).toEqual([0, -1]);
    for (const value of polygonPoints('star') ?? [])
      expect(Math.abs(value)).toBeLessThanOrEqual(1.0001);
    expect(polygonPoints('ellipse')).toBeNull();
  });
});
