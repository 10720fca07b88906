import { randomUUID } from 'node:crypto';
import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';

const purgeQuery = cypher<
  { today: string; eventId: string; accountId: string | null },
  { purged: number; subjectsPurged: number }
>('cases/purge-expired');

/**
 * Removes every case past its retainUntil (DOMAIN.md, "Retention"), in one transaction, and
 * records only that a purge happened and how many cases it removed.
 */
export async function purgeExpiredCases(
  db: Database,
  today: string,
  accountId: string | null = null,
): Promise<{ purged: number; subjectsPurged: number }> {
  const [row] = await db.write(purgeQuery, { today, eventId: randomUUID(), accountId });
  return row ?? { purged: 0, subjectsPurged: 0 };
}
