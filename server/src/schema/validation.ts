import { z } from 'zod';

// Shared input rules, so every mutation validates names, dates and contact details alike.
// The validation plugin turns failures into VALIDATION_FAILED naming the field.

export const name = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'at most 200 characters');
export const optionalText = z.string().trim().max(500, 'at most 500 characters').nullish();
export const email = z.string().trim().email('must be an e-mail address').max(254).nullish();
export const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{6,20}$/, 'must be a phone number')
  .nullish();
/** BRIN: four characters (two digits, two letters/digits) for a school's institution code. */
export const brin = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9]{2}[A-Z0-9]{2}$/, 'must be a BRIN code such as 01AB')
  .nullish();
/** KvK: the eight-digit Chamber of Commerce number. */
export const kvk = z
  .string()
  .trim()
  .regex(/^[0-9]{8}$/, 'must be eight digits')
  .nullish();
/** Samenwerkingsverband code, e.g. PO2601 or VO2601. */
export const swvCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(PO|VO)[0-9]{4}$/, 'must be a code such as PO2601 or VO2601')
  .nullish();
export const municipalityCode = z
  .string()
  .regex(/^GM[0-9]{4}$/, 'must be a CBS code such as GM0344');
export const strength = z.number().int().min(1, 'at least 1').max(3, 'at most 3');
export const municipalityCodes = z
  .array(municipalityCode)
  .min(1, 'at least one municipality')
  .max(400, 'at most 400 municipalities');
