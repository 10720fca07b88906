import type { Database } from '../../../server/src/db/database.js';
import { readMigrations } from '../../../server/src/db/migrate.js';

const createsSchema = /^CREATE\s+(FULLTEXT\s+|RANGE\s+|TEXT\s+|POINT\s+)?(INDEX|CONSTRAINT)\b/i;

/**
 * After a bulk import the store holds data but no schema yet. Run one by one (as `migrate`
 * does), each index or constraint scans the store on its own; created in one transaction they
 * are populated together, in one scan. This creates every index and constraint the migrations
 * create (`IF NOT EXISTS`) at once; `migrate` then finds them there, applies the rest of each
 * migration and records it as usual, so the schema ends as the migrations define it. A failure
 * here only costs speed: the migrations create what is missing.
 */
export async function createSchemaAtOnce(db: Database, log: (line: string) => void) {
  const statements = readMigrations().flatMap((migration) =>
    migration.statements
      .filter((text) => createsSchema.test(text))
      .map((text, i) => ({ name: `migration ${migration.version} #${i + 1}`, text })),
  );
  try {
    await db.writeTransaction(async (tx) => {
      for (const statement of statements) await tx.run(statement, {});
    });
  } catch (error) {
    log(`schema in one transaction failed, the migrations create it: ${String(error)}`);
  }
}
