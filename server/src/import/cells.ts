import { z } from 'zod';
import type { RecordStatus } from '../network/types.js';
import * as rules from '../schema/validation.js';
import { type Need, needCodes } from '../vocabulary/needs.js';
import { type Role, roles } from '../vocabulary/roles.js';
import { listSeparator } from './columns.js';

// How one spreadsheet cell becomes a typed value. Every parser takes the trimmed text of the
// cell, or undefined when the file has no such column; an empty cell counts as no value.
// Messages speak to the person who filled in the spreadsheet.

const blank = (value: unknown) => (value === '' ? undefined : value);

/** A value the row must have. */
export function required<T extends z.ZodType>(schema: T) {
  return z.preprocess((value, context) => {
    if (value !== undefined && value !== '') return value;
    context.addIssue({ code: 'custom', message: 'must not be empty' });
    return z.NEVER;
  }, schema);
}

/**
 * A value the row may leave empty. An empty cell says "none" (null) and clears what is stored;
 * a column the file does not have says nothing (undefined) and keeps what is stored.
 */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? null : value), schema.nullable().optional());
}

/**
 * A value only stated when the cell is filled in (dates, who asserted, strength, status): an
 * empty cell or a missing column keeps what is stored, and a new record gets the default.
 */
export function stated<T extends z.ZodType>(schema: T) {
  return z.preprocess(blank, schema.optional());
}

/** No control characters: they break other tools the file or an export goes to. */
const printable = (max: number) =>
  z
    .string()
    .max(max, `at most ${max} characters`)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: that is what it finds
    .regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters or line breaks');

/** An id from the file: any text of up to 200 characters, so Kumu's labels serve as ids too. */
export const id = printable(200);
export const name = printable(200).pipe(rules.name);
export const text = printable(200);

/** "school vo", "School-VO" and "SCHOOL_VO" all name the code SCHOOL_VO. */
const toCode = (value: string) =>
  value
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');

/** One of a list of codes, with the list in the message when it is not. */
export function code<const T extends string>(values: readonly T[], what: string) {
  return z.string().transform((value, context) => {
    const candidate = toCode(value) as T;
    if (values.includes(candidate)) return candidate;
    context.addIssue({
      code: 'custom',
      message: `unknown ${what} '${value}'; use one of ${values.join(', ')}`,
    });
    return z.NEVER;
  });
}

const roleByLabel = new Map<string, Role>(
  Object.entries(roles).map(([roleCode, label]) => [label.toLowerCase(), roleCode as Role]),
);

/** A role code (LEERPLICHTAMBTENAAR) or its Dutch label (leerplichtambtenaar). */
export const role = z.string().transform((value, context) => {
  const candidate = toCode(value);
  if (Object.hasOwn(roles, candidate)) return candidate as Role;
  const byLabel = roleByLabel.get(value.trim().toLowerCase());
  if (byLabel) return byLabel;
  context.addIssue({
    code: 'custom',
    message: `unknown role '${value}'; use a code such as LEERPLICHTAMBTENAAR or its Dutch label (see the README)`,
  });
  return z.NEVER;
});

/** Several values separated by `|`, each checked by `item`, without repeats. */
export function list<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .string()
    .transform((value) =>
      value
        .split(listSeparator)
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    )
    .pipe(z.array(item))
    .transform((items) => [...new Set(items as z.output<T>[])]);
}

export const needs = list(code<Need>(needCodes, 'need'));
export const municipalityCodes = list(
  z.string().transform((value, context) => {
    const candidate = value.toUpperCase();
    if (/^GM[0-9]{4}$/.test(candidate)) return candidate;
    context.addIssue({
      code: 'custom',
      message: `'${value}' is not a CBS municipality code such as GM0344 (separate several with |)`,
    });
    return z.NEVER;
  }),
).refine((codes) => codes.length > 0, 'at least one municipality code');

export const status = code<RecordStatus>(['ACTIVE', 'ARCHIVED'], 'status');

/** A calendar date as YYYY-MM-DD, or DD-MM-YYYY as Dutch Excel writes it; read as YYYY-MM-DD. */
export const date = z.string().transform((value, context) => {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(value);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : dutch
      ? [dutch[3], dutch[2], dutch[1]]
      : [];
  const candidate = `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
  const parsed = new Date(`${candidate}T00:00:00Z`);
  if (year && !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(candidate)) {
    return candidate;
  }
  context.addIssue({ code: 'custom', message: `'${value}' is not a date such as 2025-09-01` });
  return z.NEVER;
});

export const strength = z.string().transform((value, context) => {
  const number = Number(value.replace(',', '.'));
  if (Number.isInteger(number) && number >= 1 && number <= 3) return number;
  context.addIssue({ code: 'custom', message: `'${value}' is not a strength of 1, 2 or 3` });
  return z.NEVER;
});

// The API's own rules, so a record reads the same however it arrives.
export const brin = rules.brin.transform((v) => v ?? null);
export const kvk = rules.kvk.transform((v) => v ?? null);
export const swvCode = rules.swvCode.transform((v) => v ?? null);
export const email = rules.email.transform((v) => v ?? null);
export const phone = rules.phone.transform((v) => v ?? null);
