import { cypher } from '../server/src/db/cypher.js';
import type { Database } from '../server/src/db/database.js';
import { needs } from '../server/src/vocabulary/needs.js';

const loadNeedsQuery = cypher<{ needs: { code: string; label: string }[] }, { needs: number }>(
  'seeds/needs',
);

/** Writes the Need nodes of the controlled vocabulary; idempotent. */
export async function loadVocabulary(db: Database): Promise<number> {
  const rows = Object.entries(needs).map(([code, label]) => ({ code, label }));
  const [result] = await db.write(loadNeedsQuery, { needs: rows });
  return result?.needs ?? 0;
}
