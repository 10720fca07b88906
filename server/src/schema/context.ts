import type { Viewer } from '../auth/viewer.js';
import type { PseudonymKeyLookup } from '../cases/pseudonym.js';
import type { Database } from '../db/database.js';

/** What every resolver gets: made fresh per request, so dataloader caches never leak. */
export interface Context {
  db: Database;
  viewer: Viewer | null;
  /** The HMAC key for subject pseudonyms of a region; the keys never reach the database. */
  pseudonymKeys: PseudonymKeyLookup;
}
