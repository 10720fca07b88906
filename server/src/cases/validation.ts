import { z } from 'zod';
import { invalidBsnMessage, isValidBsn } from './bsn.js';
import { todayInAmsterdam } from './dates.js';

// Input rules for cases. Messages state the rule and never echo what was sent: a BSN must not
// come back in a response.

export const bsn = z.string().refine(isValidBsn, { message: invalidBsnMessage });

/** Age in years: from the start of leerplicht to the end of the RMC duty. */
export const age = z.number().int().min(4, 'at least 4').max(27, 'at most 27');

export const openedAt = z
  .string()
  .refine((date) => date >= '2000-01-01', 'must be on or after 2000-01-01')
  .refine((date) => date <= todayInAmsterdam(), 'must not be in the future')
  .nullish();

/** At most as many codes as the vocabulary has; repeats are ignored when stored. */
export const codes = (max: number) => z.array(z.string()).max(max, `at most ${max} codes`);
