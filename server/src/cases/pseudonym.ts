import { createHmac } from 'node:crypto';
import { ValidationFailedError } from '../errors.js';
import { invalidBsnMessage, isValidBsn } from './bsn.js';

/** The secret key for a region's pseudonyms (by RMC region code). */
export type PseudonymKeyLookup = (regionCode: string) => string;

export const oneKeyForAllRegions =
  (key: string): PseudonymKeyLookup =>
  () =>
    key;

/** A key per region where configuration gives one, the common key elsewhere. */
export const regionalKeys =
  (common: string, byRegion: Readonly<Record<string, string>>): PseudonymKeyLookup =>
  (regionCode) =>
    byRegion[regionCode] ?? common;

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
