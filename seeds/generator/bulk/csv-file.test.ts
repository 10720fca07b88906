import { describe, expect, it } from 'vitest';
import { integer, list, temporal, text } from './csv-file.js';

describe('the bulk importer’s CSV fields', () => {
  it('leaves a null out, keeps an empty string, and quotes what needs quoting', () => {
    expect(text(null)).toBe('');
    expect(text('')).toBe('""');
    expect(text("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
    expect(text('Wijkteam Noord, Oost')).toBe('"Wijkteam Noord, Oost"');
    expect(text('De "Brug"')).toBe('"De ""Brug"""');
    expect(text('two\nlines')).toBe('"two\nlines"');
  });

  it('writes whole numbers only, lists with `;`, and temporal values as they are', () => {
    expect(integer(16)).toBe('16');
    expect(() => integer(0.5)).toThrow(RangeError);
    expect(list([])).toBe('');
    expect(list(['SCHOOLVERZUIM', 'GGZ'])).toBe('SCHOOLVERZUIM;GGZ');
    expect(() => list(['a;b'])).toThrow(RangeError);
    expect(temporal(null)).toBe('');
    expect(temporal('2026-11-16T09:30:00Z')).toBe('2026-11-16T09:30:00Z');
  });
});
