import { createHmac } from 'node:crypto';
import { ValidationFailedError } from '../errors.js';
import { invalidBsnMessage, isValidBsn } from './bsn.js';

/**
 * The secret key for a region's pseudonyms. Today one key serves every region
 * (`oneKeyForAllRegions`); issue 5 swaps in per-region keys without touching the callers.
 */
export type PseudonymKeyLookup = (regionCode: string) => string;

export const oneKeyForAllRegions =
  (key: string): PseudonymKeyLookup =>
  () =>
    key;

/**
 * A young person's pseudonym: HMAC-SHA256 of the BSN under the region's key, as hex. The same
 * BSN under the same key always gives the same subject, so two organisations registering one
 * youth meet on it (as in the Verwijsindex), while nobody can recompute it without the key.
 * The BSN is checked first and goes no further than this function.
 */
export function subjectKey(bsn: string, regionCode: string, keyFor: PseudonymKeyLookup): string {
  if (!isValidBsn(bsn))
    throw new ValidationFailedError([{ field: 'bsn', message: invalidBsnMessage }]);
  return createHmac('sha256', keyFor(regionCode)).update(bsn, 'utf8').digest('hex');
}
