import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../server/src/db/migrate.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';

const db = connectTestDatabase();
const schemaNames = testCypher<object, { names: string[] }>('schema-summary');
const records = testCypher<object, { version: number; name: string }>('migration-records');
const removeTestMigration = testCypher<object, object>('remove-test-migration');
const dropTestIndex = testCypher<object, object>('drop-test-index');

const scratch = mkdtempSync(join(tmpdir(), 'rizoom-migrations-'));
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await db.runSchemaStatement(dropTestIndex.text);
  await db.write(removeTestMigration, {});
});

async function indexNames() {
  const [row] = await db.read(schemaNames, {});
  return [...(row?.names ?? [])].sort();
}

describe('schema migrations', () => {
  it('were applied at start-up, each recorded once, with the search index in place', async () => {
    const files = readMigrations();
    const recorded = (await db.read(records, {})).filter((row) => row.version < 9000);
    expect(recorded.map((row) => row.version)).toEqual(files.map((file) => file.version));
    expect(await indexNames()).toEqual(
      expect.arrayContaining(['search_names', 'organisation_id', 'municipality_code']),
    );
  });

  it('change nothing when run again', async () => {
    const before = await indexNames();
    expect(await migrate(db)).toEqual([]);
    expect(await indexNames()).toEqual(before);
  });

  it('apply a new migration exactly once, and refuse an edited one', async () => {
    const file = join(scratch, '9001_test_index.cypher');
    writeFileSync(
      file,
      '// test\nCREATE INDEX rizoom_test_migration_index IF NOT EXISTS\nFOR (n:RizoomTestOnly) ON (n.value);\n',
    );
    const first = await migrate(db, readMigrations(scratch));
    expect(first.map((m) => m.version)).toEqual([9001]);
    expect(await indexNames()).toContain('rizoom_test_migration_index');
    expect(await migrate(db, readMigrations(scratch))).toEqual([]);
    const versions = (await db.read(records, {})).map((row) => row.version);
    expect(versions.filter((v) => v === 9001)).toHaveLength(1);

    writeFileSync(
      file,
      'CREATE INDEX rizoom_test_other IF NOT EXISTS FOR (n:RizoomTestOnly) ON (n.x);',
    );
    await expect(migrate(db, readMigrations(scratch))).rejects.toThrow(
      /changed after it was applied/,
    );
  });
});
