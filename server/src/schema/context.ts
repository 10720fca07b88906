import type { Database } from '../db/database.js';

/** What every resolver gets: made fresh per request, so dataloader caches never leak. */
export interface Context {
  db: Database;
}
