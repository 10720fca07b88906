import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../../server/src/db/database.js';
import { importSpreadsheet } from '../../server/src/import/import.js';
import { ImportFailedError } from '../../server/src/import/issues.js';
import { importTestScope, issuesOf, reportOf } from '../fixtures/import/scope.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';
import { runTs } from '../support/processes.js';

// Every malformed file of the issue's "Bad input" list: each gets an exact report, and the
// database stays as it was (the whole database's fingerprint and this file's own records).

const db = connectTestDatabase();
const scope = importTestScope(db, 'bad');
const p = scope.prefix;
const createFixtures = testCypher<{ prefix: string }, { created: number }>('import-bad-fixtures');

const orgHeader =
  'id,label,kind,municipalities,brin,kvk,swv_code,offers,samenwerkingsverband,status';

beforeAll(async () => {
  // What the references in these files may point at: two organisations (one archived), a
  // professional and a table of this file's own.
  const [row] = await db.write(createFixtures, { prefix: p });
  expect(row?.created).toBe(5);
});

/** Imports a file that must fail, checks nothing changed, and returns its issues. */
async function problems(...args: Parameters<typeof scope.run>) {
  return issuesOf(await scope.unchanged(() => scope.run(...args)));
}

describe('bad input: each problem reported exactly, nothing written', () => {
  it('wrong delimiter: tabs', async () => {
    const file = scope.file(['id\tlabel\tkind\tmunicipalities', '{p}a\tA\tOTHER\tGM0344']);
    expect(await problems('organisations', file)).toEqual([
      {
        line: 1,
        column: null,
        message: 'the columns are separated by tabs; use commas or semicolons',
      },
    ]);
  });

  it('wrong delimiter: rows separated otherwise than the header', async () => {
    const file = scope.file([
      'id,label,kind,municipalities',
      '{p}a;A;OTHER;GM0344',
      '{p}b;B;OTHER;GM0344',
    ]);
    const message = 'has 1 value but the header has 4 columns (is the file separated by ","?)';
    expect(await problems('organisations', file)).toEqual([
      { line: 2, column: null, message },
      { line: 3, column: null, message },
    ]);
  });

  it('missing columns', async () => {
    const file = scope.file(['id,label,municipalities', '{p}a,A,GM0344']);
    expect(await problems('organisations', file)).toEqual([
      { line: 1, column: 'kind', message: 'required column is missing' },
    ]);
  });

  it('extra columns, and a row with more values than the header', async () => {
    const extra = scope.file(['id,label,kind,municipalities,colour', '{p}a,A,OTHER,GM0344,red']);
    expect(await problems('tables', extra)).toEqual([
      {
        line: 1,
        column: 'colour',
        message:
          'unknown column for tables; the columns are id, label, kind, municipalities, status',
      },
    ]);
    const long = scope.file(['id,label,kind,municipalities', '{p}a,A,ZAT,GM0344,extra']);
    expect(await problems('tables', long)).toEqual([
      { line: 2, column: null, message: 'has 5 values but the header has 4 columns' },
    ]);
  });

  it('unknown kinds, roles and needs', async () => {
    const organisations = scope.file([
      orgHeader,
      '{p}a,A,SCHOOL,GM0344,,,,,,',
      '{p}b,B,OTHER,GM0344,,,,CARE,,',
    ]);
    expect(await problems('organisations', organisations)).toEqual([
      {
        line: 2,
        column: 'kind',
        message: expect.stringMatching(
          /^unknown kind 'SCHOOL'; use one of SCHOOL_PO, SCHOOL_SO, .*, OTHER$/,
        ),
      },
      {
        line: 3,
        column: 'offers',
        message: expect.stringMatching(/^unknown need 'CARE'; use one of AUTISME, /),
      },
    ]);
    const professionals = scope.file(['id,label,role,organisation', `{p}p1,Juf,juf,{p}org`]);
    expect(await problems('professionals', professionals)).toEqual([
      {
        line: 2,
        column: 'role',
        message:
          "unknown role 'juf'; use a code such as LEERPLICHTAMBTENAAR or its Dutch label (see the README)",
      },
    ]);
    const ties = scope.file(['source,target,kind', '{p}org,{p}org2,FRIENDS']);
    expect(await problems('ties', ties)).toEqual([
      {
        line: 2,
        column: 'kind',
        message:
          "unknown kind 'FRIENDS'; use one of FORMAL_AGREEMENT, CONSULTATION_TABLE, HANDOVER_PARTNER, INFORMAL",
      },
    ]);
  });

  it('unknown and malformed municipality codes', async () => {
    const file = scope.file([
      'id,label,kind,municipalities',
      '{p}a,A,OTHER,GM0344|GM9999',
      '{p}b,B,OTHER,Utrecht',
      '{p}c,C,OTHER,',
    ]);
    expect(await problems('organisations', file)).toEqual([
      { line: 2, column: 'municipalities', message: 'unknown municipality code GM9999' },
      {
        line: 3,
        column: 'municipalities',
        message:
          "'Utrecht' is not a CBS municipality code such as GM0344 (separate several with |)",
      },
      { line: 4, column: 'municipalities', message: 'must not be empty' },
    ]);
  });

  it('bad BRIN, KvK, SWV code, e-mail and dates, and identifiers that do not fit the kind', async () => {
    const organisations = scope.file([
      orgHeader,
      '{p}a,A,SCHOOL_VO,GM0344,ABC,123,,,,',
      '{p}b,B,LEERPLICHT,GM0344,97AA,,VO0000,,,',
    ]);
    expect(await problems('organisations', organisations)).toEqual([
      { line: 2, column: 'brin', message: 'must be a BRIN code such as 01AB' },
      { line: 2, column: 'kvk', message: 'must be eight digits' },
      { line: 3, column: 'brin', message: 'only schools have a BRIN code' },
      { line: 3, column: 'swv_code', message: 'only a samenwerkingsverband has an SWV code' },
    ]);
    const professionals = scope.file([
      'id,label,role,organisation,start_date,email',
      '{p}p1,P,DECAAN,{p}org,31-02-2024,not-an-address',
    ]);
    expect(await problems('professionals', professionals)).toEqual([
      { line: 2, column: 'start_date', message: "'31-02-2024' is not a date such as 2025-09-01" },
      { line: 2, column: 'email', message: 'must be an e-mail address' },
    ]);
  });

  it('duplicate ids within the file', async () => {
    const file = scope.file([
      'id,label,kind,municipalities',
      '{p}a,A,OTHER,GM0344',
      '{p}b,B,OTHER,GM0344',
      '{p}a,A again,OTHER,GM0344',
    ]);
    expect(await problems('organisations', file)).toEqual([
      { line: 4, column: 'id', message: `id '${p}a' is already on line 2` },
    ]);
    const ties = scope.file([
      'id,source,target,kind',
      't1,{p}org,{p}org2,INFORMAL',
      ',{p}org2,{p}org,INFORMAL',
    ]);
    expect(await problems('ties', ties)).toEqual([
      {
        line: 3,
        column: 'target',
        message: `an active INFORMAL tie between '${p}org2' and '${p}org' is already on line 2`,
      },
    ]);
  });

  it('ties and references to unknown ids, in the file or the database', async () => {
    const ties = scope.file([
      'source,target,between,kind',
      '{p}org,{p}nowhere,ORGANISATIONS,INFORMAL',
      '{p}org,{p}pro,ORGANISATIONS,INFORMAL',
      '{p}org,{p}archived,,INFORMAL',
      '{p}org,{p}org,,INFORMAL',
    ]);
    expect(await problems('ties', ties)).toEqual([
      {
        line: 2,
        column: 'target',
        message: `unknown organisation '${p}nowhere': not in the database`,
      },
      {
        line: 3,
        column: 'target',
        message: `'${p}pro' is a professional in the database, not an organisation`,
      },
      { line: 4, column: 'target', message: `'${p}archived' is an archived organisation` },
      {
        line: 5,
        column: 'target',
        message: 'must differ from source: a tie joins two different records',
      },
    ]);
    const schools = scope.file([
      orgHeader,
      '{p}s1,School,SCHOOL_PO,GM0344,,,,,{p}nowhere,',
      '{p}s2,School 2,SCHOOL_PO,GM0344,,,,,{p}s1,',
    ]);
    expect(await problems('organisations', schools)).toEqual([
      {
        line: 2,
        column: 'samenwerkingsverband',
        message: `unknown organisation '${p}nowhere': not in this file or the database`,
      },
      {
        line: 3,
        column: 'samenwerkingsverband',
        message: `'${p}s1' is not a samenwerkingsverband (its kind is SCHOOL_PO)`,
      },
    ]);
    const members = scope.file(['table,member', '{p}table,{p}nowhere', '{p}nowhere,{p}org']);
    expect(await problems('table-members', members)).toEqual([
      {
        line: 2,
        column: 'member',
        message: `unknown organisation '${p}nowhere': not in the database`,
      },
      {
        line: 3,
        column: 'table',
        message: `unknown consultation table '${p}nowhere': not in the database`,
      },
    ]);
    const professionals = scope.file(['id,label,role,organisation', '{p}p9,P,DECAAN,{p}table']);
    expect(await problems('professionals', professionals)).toEqual([
      {
        line: 2,
        column: 'organisation',
        message: `'${p}table' is a consultation table in the database, not an organisation`,
      },
    ]);
  });

  it('an id that already names another kind of record', async () => {
    const file = scope.file([
      'id,label,kind,municipalities',
      '{p}pro,Not a professional,OTHER,GM0344',
    ]);
    expect(await problems('organisations', file)).toEqual([
      {
        line: 2,
        column: 'id',
        message: `'${p}pro' is a professional in the database; choose another id`,
      },
    ]);
  });

  it('changes to archived records', async () => {
    const file = scope.file(['id,label,kind,municipalities', '{p}archived,Renamed,OTHER,GM0344']);
    expect(await problems('organisations', file)).toEqual([
      {
        line: 2,
        column: 'id',
        message: `'${p}archived' is archived in the database; an import does not change archived records`,
      },
    ]);
  });

  it('bad encodings: Windows-1252 and UTF-16', async () => {
    const latin1 = Buffer.concat([
      scope.file(['id,label,kind,municipalities']),
      Buffer.from(`${p}a,Zo`),
      Buffer.from([0xeb]),
      Buffer.from(' en Zo,OTHER,GM0344\n'),
    ]);
    expect(await problems('organisations', latin1)).toEqual([
      {
        line: 2,
        column: null,
        message: `not valid UTF-8 (byte 0xEB after "${`${p}a,Zo`.slice(-20)}"): save the file as "CSV UTF-8"`,
      },
    ]);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('id,label,kind,municipalities\n', 'utf16le'),
    ]);
    expect(await problems('organisations', utf16)).toEqual([
      {
        line: null,
        column: null,
        message: 'the file is UTF-16 text; save it as "CSV UTF-8" instead',
      },
    ]);
  });

  it('an empty file, and a header without rows', async () => {
    expect(await problems('organisations', Buffer.alloc(0))).toEqual([
      { line: null, column: null, message: 'the file is empty' },
    ]);
    expect(await problems('organisations', scope.file(['id,label,kind,municipalities']))).toEqual([
      { line: null, column: null, message: 'the file has a header but no rows' },
    ]);
  });

  it('a huge file: over the size limit, or over the row limit', async () => {
    const huge = Buffer.alloc(20 * 1024 * 1024 + 1, 'a');
    expect(await problems('organisations', huge)).toEqual([
      {
        line: null,
        column: null,
        message: 'the file is 20.0 MB; the limit is 20.0 MB: split it into smaller files',
      },
    ]);
    const rows = ['id,label,kind,municipalities'];
    for (let i = 0; i <= 50_000; i += 1) rows.push(`{p}r${i},R,OTHER,GM0344`);
    expect(await problems('organisations', scope.file(rows))).toEqual([
      {
        line: 50_002,
        column: null,
        message: 'the file has more than 50,000 rows: split it into smaller files',
      },
    ]);
  });

  it('many problems at once: every one, in the order of the file', async () => {
    const file = scope.file([
      orgHeader,
      '{p}a,,OTHER,GM0344,,,,,,',
      '{p}b,B,OTHER,GM0344,,,,,,',
      '{p}c,C,WIJKTEAM,GM0344,,,,,,PAUSED',
      '{p}b,B,OTHER,GM0001,,,,,,',
    ]);
    const issues = await problems('organisations', file);
    expect(issues).toEqual([
      { line: 2, column: 'label', message: 'must not be empty' },
      {
        line: 4,
        column: 'status',
        message: "unknown status 'PAUSED'; use one of ACTIVE, ARCHIVED",
      },
      { line: 5, column: 'id', message: `id '${p}b' is already on line 3` },
      { line: 5, column: 'municipalities', message: 'unknown municipality code GM0001' },
    ]);
  });
});

describe('all or nothing', () => {
  it('a conflict half-way through writing rolls back the rows already written', async () => {
    const rows = ['id,label,kind,municipalities,brin'];
    for (let i = 0; i < 2_500; i += 1) rows.push(`{p}all-${i},School ${i},SCHOOL_PO,GM0344,`);
    rows.push('{p}all-last,Last school,SCHOOL_PO,GM0344,98QZ');
    const conflicting = testCypher<{ id: string; brin: string }, object>('import-bad-conflict');
    const before = await scope.state();
    let raced = false;
    const outcome = await scope.run('organisations', scope.file(rows), {
      // After the first batch has been written, another request takes the BRIN of the last row.
      onProgress: async (progress) => {
        if (progress.phase === 'writing' && progress.done > 0 && !raced) {
          raced = true;
          await db.write(conflicting, { id: `${p}racer`, brin: '98QZ' });
        }
      },
    });
    expect(raced).toBe(true);
    expect(issuesOf(outcome)).toEqual([
      {
        line: null,
        column: null,
        message:
          'a record changed while the file was being imported (Another record already has this brin.): import the file again',
      },
    ]);
    // Only the other request's organisation is new; none of the 2,500 rows written before stayed.
    const records = await scope.records();
    expect(records.filter((record) => record.id.startsWith(`${p}all-`))).toEqual([]);
    expect(await scope.state()).not.toBe(before);
  });
  it('a transaction that runs out of time is rolled back, and says so', async () => {
    // This connection allows a transaction one second. Neo4j checks timeouts every two
    // seconds or so; holding the import up after its first batch makes it overrun for sure.
    const hurried = createDatabase({ ...inject('neo4j'), queryTimeoutMs: 1_000 });
    try {
      const rows = ['id,label,kind,municipalities'];
      for (let i = 0; i < 2_500; i += 1) rows.push(`{p}slow-${i},Slow ${i},OTHER,GM0344`);
      const outcome = await scope.unchanged(async () => {
        try {
          await importSpreadsheet(hurried, {
            entity: 'organisations',
            bytes: scope.file(rows),
            filename: 'slow.csv',
            onProgress: async ({ phase, done }) => {
              if (phase === 'writing' && done === 500) await setTimeout(4_000);
            },
          });
          return null;
        } catch (error) {
          return error;
        }
      });
      expect(outcome).toBeInstanceOf(ImportFailedError);
      expect((outcome as ImportFailedError).issues).toEqual([
        {
          line: null,
          column: null,
          message:
            'the import took longer than the database allows one transaction: split the file into smaller files, or use `npm run import`',
        },
      ]);
    } finally {
      await hurried.close();
    }
  });
});

describe('the CLI', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rizoom-import-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const neo4j = inject('neo4j');
  const env = {
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: neo4j.username ?? '',
    NEO4J_PASSWORD: neo4j.password ?? '',
    NEO4J_DATABASE: neo4j.database,
    RIZOOM_DEMO_DATA: 'false',
  };

  it('imports a file and prints what it did', async () => {
    const path = join(folder, `${p}tables.csv`);
    writeFileSync(
      path,
      scope.file(['id;label;kind;municipalities', '{p}cli;CLI-tafel;MDO;GM0344']),
    );
    const run = runTs('server/src/import/cli.ts', env, ['tables', path]);
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain(
      `✔ ${p}tables.csv: 1 tables rows imported: 1 created, 0 updated, 0 unchanged.`,
    );
    const dry = runTs('server/src/import/cli.ts', env, ['tables', path, '--dry-run']);
    expect(await dry.exited).toBe(0);
    expect(dry.output()).toContain(
      'importing them would create 0, update 0 and leave 1 unchanged. Dry run: nothing was written.',
    );
  });

  it('prints every problem and exits 1', async () => {
    const path = join(folder, `${p}bad.csv`);
    writeFileSync(
      path,
      scope.file(['id,label,kind,municipalities', '{p}x,X,NOPE,GM0344', '{p}y,,OTHER,GM0344']),
    );
    const run = await scope.unchanged(async () => {
      const child = runTs('server/src/import/cli.ts', env, ['organisations', path]);
      await child.exited;
      return child;
    });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(
      '✖ The file was not imported: 2 problems, the first line 2, column kind:',
    );
    expect(run.output()).toContain('  line 3, column label: must not be empty');
  });

  it('refuses a file over the size limit without reading it', async () => {
    const path = join(folder, `${p}huge.csv`);
    writeFileSync(path, '');
    truncateSync(path, 2 * 1024 * 1024 * 1024); // a sparse 2 GB file: never read into memory
    const run = runTs('server/src/import/cli.ts', env, ['organisations', path]);
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(
      'the file is 2048.0 MB; the limit is 20.0 MB: split it into smaller files',
    );
  });
});

describe('a valid file after all that', () => {
  it('imports', async () => {
    const file = scope.file(['id,label,kind,municipalities', '{p}ok,Fine,OTHER,GM0344']);
    expect(reportOf(await scope.run('organisations', file))).toMatchObject({ created: 1 });
  });
});
