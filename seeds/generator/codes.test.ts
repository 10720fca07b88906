import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../server/src/cases/bsn.js';
import { brin, kvk, swvCode, syntheticBsns } from './codes.js';
import { presetNames } from './presets.js';

describe('synthetic identifiers', () => {
  it('makes BSNs that pass the 11-test, different per preset', () => {
    const seen = new Set<string>();
    for (const preset of presetNames) {
      const bsns = syntheticBsns(preset);
      for (let i = 0; i < 500; i++) {
        const bsn = bsns.next().value as string;
        expect(isValidBsn(bsn)).toBe(true);
        expect(seen.has(bsn)).toBe(false);
        seen.add(bsn);
      }
    }
  });

  it('gives each preset its own block of BRIN and SWV codes, in the API shapes', () => {
    const brins = presetNames.flatMap((p) => [brin(p, 0), brin(p, 675), brin(p, 676)]);
    expect(new Set(brins).size).toBe(brins.length);
    expect(brins.every((code) => /^[0-8][0-9][A-Z]{2}$/.test(code))).toBe(true);
    const swvs = presetNames.map((p) => swvCode(p, 'VO', 'MC19'));
    expect(new Set(swvs).size).toBe(presetNames.length);
    expect(swvs.every((code) => /^VO0\d19$/.test(code))).toBe(true);
    expect(kvk('demo', 12)).toMatch(/^\d{8}$/);
  });
});
