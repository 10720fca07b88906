import type { Database } from '../db/database.js';
import { viewerOfSession } from './store.js';
import type { Viewer } from './viewer.js';

/**
 * Who a session belongs to, remembered for a few seconds so that a busy client does not cost a
 * database round trip per request (issue 8: the session lookup was most of a simple read's
 * overhead). Signing out here forgets the session at once; a session ended elsewhere (another
 * API process, an administrator) stops working within `ttlMs`. Only live sessions are kept.
 */
export function createSessionLookup(db: Database, options: { ttlMs?: number; max?: number } = {}) {
  const ttlMs = options.ttlMs ?? 5_000;
  const max = options.max ?? 10_000;
  const known = new Map<string, { viewer: Viewer; until: number }>();
  return {
    async viewerOf(sessionId: string): Promise<Viewer | null> {
      const now = Date.now();
      const hit = known.get(sessionId);
      if (hit && hit.until > now) return hit.viewer;
      known.delete(sessionId);
      const viewer = await viewerOfSession(db, sessionId);
      if (viewer) {
        if (known.size >= max) known.delete(known.keys().next().value as string);
        known.set(sessionId, { viewer, until: now + ttlMs });
      }
      return viewer;
    },
    forget(sessionId: string) {
      known.delete(sessionId);
    },
  };
}

export type SessionLookup = ReturnType<typeof createSessionLookup>;
