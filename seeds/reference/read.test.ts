import { describe, expect, it } from 'vitest';
import { readMunicipalities } from './read.js';

describe('the reference geography (Bron: CBS)', () => {
  const rows = readMunicipalities();

  it('holds the 342 municipalities of 2025, each once', () => {
    expect(rows).toHaveLength(342);
    expect(new Set(rows.map((row) => row.code)).size).toBe(342);
  });

  it('assigns them to 40 RMC regions and 12 provinces', () => {
    expect(new Set(rows.map((row) => row.rmc_region_code)).size).toBe(40);
    expect(new Set(rows.map((row) => row.province)).size).toBe(12);
  });

  it('carries the official spellings and population', () => {
    const haag = rows.find((row) => row.code === 'GM0518');
    expect(haag?.name).toBe("'s-Gravenhage");
    expect(rows.reduce((sum, row) => sum + row.population, 0)).toBe(17_942_942);
  });
});
