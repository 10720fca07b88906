import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readMigrations, splitStatements } from './migrate.js';

describe('splitStatements', () => {
  it('splits on semicolons that end a line and drops comment lines', () => {
    const text =
      '// header\nCREATE INDEX a IF NOT EXISTS\nFOR (n:A) ON (n.x);\n\n// next\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n';
    expect(splitStatements(text)).toEqual([
      'CREATE INDEX a IF NOT EXISTS\nFOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)',
    ]);
  });

  it('keeps semicolons inside a line', () => {
    expect(splitStatements("RETURN 'a;b' AS x")).toEqual(["RETURN 'a;b' AS x"]);
  });
});

describe('readMigrations', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (files: Record<string, string>) => {
    dir = mkdtempSync(join(tmpdir(), 'rizoom-migrate-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  };

  it('orders the shipped migrations by number, starting at 1, with no gaps', () => {
    const versions = readMigrations().map((m) => m.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
  });

  it('sorts numerically and gives each file a content checksum', () => {
    write({ '0010_b.cypher': 'RETURN 2;', '0002_a.cypher': 'RETURN 1;' });
    const migrations = readMigrations(dir);
    expect(migrations.map((m) => [m.version, m.name])).toEqual([
      [2, 'a'],
      [10, 'b'],
    ]);
    expect(migrations[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(migrations[0]?.checksum).not.toBe(migrations[1]?.checksum);
  });

  it('rejects a badly named file and a duplicate version', () => {
    write({ 'add-index.cypher': 'RETURN 1;' });
    expect(() => readMigrations(dir)).toThrow(/NNNN_name\.cypher/);
    rmSync(dir, { recursive: true });
    write({ '0001_a.cypher': 'RETURN 1;', '0001_b.cypher': 'RETURN 2;' });
    expect(() => readMigrations(dir)).toThrow(/share version 1/);
  });
});
