import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as cells from './cells.js';

/** One cell read as a row would read it: a missing column is undefined. */
function read(schema: z.ZodType, value: string | undefined) {
  const result = z.object({ cell: schema }).safeParse(value === undefined ? {} : { cell: value });
  return result.success
    ? { value: (result.data as { cell: unknown }).cell }
    : { issues: result.error.issues.map((issue) => issue.message) };
}

describe('spreadsheet cells', () => {
  it('tell a required value from an empty one', () => {
    expect(read(cells.required(cells.name), '  Bureau Leerplicht ')).toEqual({
      value: 'Bureau Leerplicht',
    });
    expect(read(cells.required(cells.name), '')).toEqual({ issues: ['must not be empty'] });
    expect(read(cells.required(cells.name), undefined)).toEqual({ issues: ['must not be empty'] });
  });

  it('read an empty optional cell as none, a missing column as not stated', () => {
    expect(read(cells.optional(cells.brin), '01ab')).toEqual({ value: '01AB' });
    expect(read(cells.optional(cells.brin), '')).toEqual({ value: null });
    expect(read(cells.optional(cells.brin), undefined)).toEqual({ value: undefined });
    expect(read(cells.stated(cells.date), '')).toEqual({ value: undefined });
  });

  it('read codes in any letter case and spacing, roles also by their Dutch label', () => {
    expect(read(cells.code(['SCHOOL_VO', 'OTHER'] as const, 'kind'), 'school-vo')).toEqual({
      value: 'SCHOOL_VO',
    });
    expect(read(cells.role, 'RMC-trajectbegeleider')).toEqual({ value: 'RMC_TRAJECTBEGELEIDER' });
    expect(read(cells.role, 'klantmanager W&I')).toEqual({ value: 'KLANTMANAGER_WI' });
    expect(read(cells.role, 'intern begeleider')).toEqual({ value: 'INTERN_BEGELEIDER' });
  });

  it('read lists separated by |, without repeats or empty parts', () => {
    expect(read(cells.municipalityCodes, 'gm0344| GM0307 ||GM0344')).toEqual({
      value: ['GM0344', 'GM0307'],
    });
    expect(read(cells.needs, '')).toEqual({ value: [] });
    expect(read(cells.municipalityCodes, '')).toEqual({
      issues: ['at least one municipality code'],
    });
  });

  it('read dates as ISO or as Dutch Excel writes them, and only real ones', () => {
    expect(read(cells.date, '2025-09-01')).toEqual({ value: '2025-09-01' });
    expect(read(cells.date, '1-9-2025')).toEqual({ value: '2025-09-01' });
    expect(read(cells.date, '29-02-2024')).toEqual({ value: '2024-02-29' });
    expect(read(cells.date, '29-02-2025')).toEqual({
      issues: ["'29-02-2025' is not a date such as 2025-09-01"],
    });
    expect(read(cells.date, '09/01/2025')).toEqual({
      issues: ["'09/01/2025' is not a date such as 2025-09-01"],
    });
  });

  it('read strengths 1 to 3 only', () => {
    expect(read(cells.strength, '3')).toEqual({ value: 3 });
    expect(read(cells.strength, '2,0')).toEqual({ value: 2 });
    expect(read(cells.strength, '4')).toEqual({ issues: ["'4' is not a strength of 1, 2 or 3"] });
  });

  it('refuse line breaks and control characters in names', () => {
    expect(read(cells.name, 'Two\nlines')).toEqual({
      issues: ['must not contain control characters or line breaks'],
    });
  });
});
