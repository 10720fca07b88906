import type { AuditTrail } from '../audit/trail.js';
import type { Access } from '../auth/access.js';
import type { RequestAuth } from '../auth/request-context.js';
import type { SessionLookup } from '../auth/session-cache.js';
import type { Tokens } from '../auth/tokens.js';
import type { Viewer } from '../auth/viewer.js';
import type { PseudonymKeyLookup } from '../cases/pseudonym.js';
import type { Database } from '../db/database.js';

/** What every resolver gets: made fresh per request, so dataloader caches never leak. */
export interface Context {
  db: Database;
  viewer: Viewer | null;
  /** The HMAC key for subject pseudonyms of a region; the keys never reach the database. */
  pseudonymKeys: PseudonymKeyLookup;
  /** The request's session, and a way to send a cookie back (sign-in, sign-out). */
  auth: RequestAuth;
  sessions: { tokens: Tokens; hours: number; secureCookie: boolean; lookup: SessionLookup };
  /** The access rules for this viewer, batched per request. */
  access: Access;
  /** Reads and writes of case data in this request, written to the audit log at its end. */
  audit: AuditTrail;
}
