import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cypher, cypherRoot } from './cypher.js';
import type { Database } from './database.js';

export interface Migration {
  version: number;
  name: string;
  checksum: string;
  statements: string[];
}

const migrationsDir = join(cypherRoot, 'migrations');
const fileName = /^(\d{4})_([a-z0-9_-]+)\.cypher$/;

const ensureConstraint = cypher<object, object>('db/migration-constraint');
const appliedQuery = cypher<object, { version: number; name: string; checksum: string }>(
  'db/applied-migrations',
);
const recordQuery = cypher<
  { version: number; name: string; checksum: string },
  { version: number }
>('db/record-migration');

/** Splits a migration file into statements: `;` at the end of a line ends one. */
export function splitStatements(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/** The numbered files under `cypher/migrations/`, in order. */
export function readMigrations(dir = migrationsDir): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => {
      const match = fileName.exec(file);
      if (!match?.[1] || !match[2]) {
        throw new Error(`Migration file ${file} must be named NNNN_name.cypher`);
      }
      const text = readFileSync(join(dir, file), 'utf8');
      return {
        version: Number(match[1]),
        name: match[2],
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: splitStatements(text),
      };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (index > 0 && migrations[index - 1]?.version === migration.version) {
      throw new Error(`Two migrations share version ${migration.version}`);
    }
  });
  return migrations;
}

/**
 * Applies every migration not yet recorded in the database, in order, each exactly once.
 * Statements are idempotent (`IF NOT EXISTS`, `MERGE`), so two processes starting together,
 * or a start interrupted half-way, converge on the same schema. A recorded migration whose
 * file has changed since is an error: write a new migration instead of editing an old one.
 */
export async function migrate(db: Database, migrations = readMigrations()): Promise<Migration[]> {
  await db.runSchemaStatement(ensureConstraint.text);
  const applied = new Map(
    (await db.read(appliedQuery, {})).map((row) => [row.version, row.checksum]),
  );
  const pending: Migration[] = [];
  for (const migration of migrations) {
    const checksum = applied.get(migration.version);
    if (checksum === undefined) pending.push(migration);
    else if (checksum !== migration.checksum) {
      throw new Error(
        `Migration ${migration.version}_${migration.name} changed after it was applied; add a new migration instead.`,
      );
    }
  }
  for (const migration of pending) {
    for (const statement of migration.statements) await db.runSchemaStatement(statement);
    await db.write(recordQuery, {
      version: migration.version,
      name: migration.name,
      checksum: migration.checksum,
    });
  }
  return pending;
}
