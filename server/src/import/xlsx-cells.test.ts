import { describe, expect, it } from 'vitest';
import { cellText, columnLetter } from './xlsx-cells.js';

describe('a workbook cell as the text a CSV file would hold', () => {
  it('reads empty cells as empty and trims text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText('  Bureau Leerplicht ')).toBe('Bureau Leerplicht');
  });

  it('writes numbers as Excel shows them: whole without .0, at most 15 digits', () => {
    expect(cellText(3)).toBe('3');
    expect(cellText(3.0)).toBe('3');
    expect(cellText(2.5)).toBe('2.5');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(12345678)).toBe('12345678');
    expect(cellText(-0)).toBe('0');
    expect(cellText(Number.NaN)).toBe('');
  });

  it('writes date cells as YYYY-MM-DD, and keeps a time of day so that it is refused', () => {
    expect(cellText(new Date(Date.UTC(2025, 8, 1)))).toBe('2025-09-01');
    // Float noise of a serial number a millisecond before midnight is the next day.
    expect(cellText(new Date(Date.UTC(2025, 8, 1) - 1))).toBe('2025-09-01');
    expect(cellText(new Date(Date.UTC(2025, 8, 1, 14, 30)))).toBe('2025-09-01 14:30');
    expect(cellText(new Date(Date.UTC(2025, 8, 1, 14, 30, 5)))).toBe('2025-09-01 14:30:05');
    expect(cellText(new Date(Number.NaN))).toBe('');
  });

  it('writes booleans as Excel shows them, and removes the export’s formula guard', () => {
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(false)).toBe('FALSE');
    expect(cellText("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(cellText("'t Hoekje")).toBe("'t Hoekje");
  });

  it('names columns as Excel does', () => {
    expect([0, 4, 25, 26, 27, 701, 702].map(columnLetter)).toEqual([
      'A',
      'E',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });
});
