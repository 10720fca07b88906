import { describe, expect, it } from 'vitest';
import writeExcelFile, { type SheetData } from 'write-excel-file/node';
import { sheetFromCsv } from '../../seeds/examples/workbook.js';
import { csrfHeader } from '../../server/src/http/security/csrf.js';
import {
  exampleFile,
  examplePrefix,
  importTestScope,
  issuesOf,
  reportOf,
} from '../fixtures/import/scope.js';
import { testApp } from '../support/app.js';
import { testCypher } from '../support/cypher.js';
import { connectTestDatabase } from '../support/database.js';

// XLSX import: the same checks and writes as CSV, after a different reader. Workbooks are
// built in code (write-excel-file), the examples are seeds/examples/*.xlsx.

const db = connectTestDatabase();
const scope = importTestScope(db, 'xlsx', [examplePrefix]);
const deleteTestData = testCypher<{ prefixes: string[] }, object>('import-delete-test-data');

const order = ['organisations', 'professionals', 'tables', 'ties', 'table-members'] as const;
const date = (iso: string, time = '00:00') => ({
  value: new Date(`${iso}T${time}:00Z`),
  type: Date,
  format: 'dd-mm-yyyy hh:mm',
});
/** A workbook from rows; `{p}` in text cells becomes the test's prefix. */
const workbook = (rows: SheetData) =>
  writeExcelFile(
    rows.map((row) =>
      row.map((cell) => (typeof cell === 'string' ? cell.replaceAll('{p}', scope.prefix) : cell)),
    ),
  ).toBuffer();

/** Properties an import stamps with the time it ran. */
const stamps = new Set(['createdAt', 'updatedAt', 'assertedAt']);

/** The records without what differs between any two imports: timestamps and the file's name. */
async function comparable() {
  const strip = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(/^import: (.*)\.(csv|xlsx)$/, 'import: $1');
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => !stamps.has(key))
          .map(([key, inner]) => [key, strip(inner)]),
      );
    }
    return value;
  };
  const records = await scope.records();
  return records.filter((record) => record.id.startsWith(examplePrefix)).map(strip);
}

describe('importing the XLSX examples (seeds/examples/*.xlsx)', () => {
  it('gives the same graph as the CSV examples', async () => {
    for (const entity of order) reportOf(await scope.run(entity, exampleFile(`${entity}.csv`)));
    const fromCsv = await comparable();
    expect(fromCsv.length).toBe(16);
    await db.write(deleteTestData, { prefixes: [examplePrefix] });
    expect(await comparable()).toEqual([]);

    for (const entity of order) {
      const report = reportOf(
        await scope.run(entity, exampleFile(`${entity}.xlsx`), { filename: `${entity}.xlsx` }),
      );
      expect(report).toMatchObject({ filename: `${entity}.xlsx`, updated: 0, unchanged: 0 });
      expect(report.created).toBe(report.rows);
    }
    expect(await comparable()).toEqual(fromCsv);
    const lyceum = (await scope.records()).find((r) => r.id === 'voorbeeld-org-lyceum');
    expect(lyceum?.properties).toMatchObject({ source: 'import: organisations.xlsx' });
  });

  it('changes nothing when imported again, from one workbook per entity or one for all', async () => {
    const before = await scope.state();
    for (const entity of order) {
      for (const file of [`${entity}.xlsx`, 'network.xlsx']) {
        const report = reportOf(await scope.run(entity, exampleFile(file), { filename: file }));
        expect(report).toMatchObject({ created: 0, updated: 0, unchanged: report.rows });
      }
    }
    expect(await scope.state()).toBe(before);
  });
});

describe('a bad workbook', () => {
  it('reports a bad date cell by line, column and reason, and writes nothing', async () => {
    reportOf(
      await scope.run(
        'organisations',
        await workbook([
          ['id', 'label', 'kind', 'municipalities'],
          ['{p}org', 'X-school', 'SCHOOL_PO', 'GM0344'],
        ]),
      ),
    );
    const bad = await workbook([
      ['id', 'label', 'role', 'organisation', 'start_date'],
      ['{p}pro-1', 'Anna', 'DECAAN', '{p}org', date('2024-01-01')],
      [null, null, null, null, null],
      ['{p}pro-2', 'Bram', 'DECAAN', '{p}org', date('2024-02-01', '14:30')],
    ]);
    const outcome = await scope.unchanged(() => scope.run('professionals', bad));
    expect(issuesOf(outcome)).toEqual([
      {
        line: 4,
        column: 'start_date',
        message: "'2024-02-01 14:30' is not a date such as 2025-09-01",
      },
    ]);
  });

  it('reports an unknown column, a duplicate id and an empty sheet', async () => {
    const unknown = await workbook([
      ['id', 'label', 'kind', 'municipalities', 'Kleur'],
      ['{p}t1', 'Tafel', 'ZAT', 'GM0344', 'rood'],
    ]);
    expect(issuesOf(await scope.unchanged(() => scope.run('tables', unknown)))).toEqual([
      {
        line: 1,
        column: 'Kleur',
        message:
          'unknown column for tables; the columns are id, label, kind, municipalities, status',
      },
    ]);
    const duplicate = await workbook([
      ['id', 'label', 'kind', 'municipalities'],
      ['{p}t1', 'Tafel', 'ZAT', 'GM0344'],
      ['{p}t2', 'Tafel 2', 'MDO', 'GM0344'],
      ['{p}t1', 'Tafel 3', 'MDO', 'GM0344'],
    ]);
    expect(issuesOf(await scope.unchanged(() => scope.run('tables', duplicate)))).toEqual([
      { line: 4, column: 'id', message: `id '${scope.prefix}t1' is already on line 2` },
    ]);
    const empty = await writeExcelFile([[]], { sheet: 'Blad1' }).toBuffer();
    expect(issuesOf(await scope.unchanged(() => scope.run('tables', empty)))).toEqual([
      { line: null, column: null, message: "the sheet 'Blad1' is empty" },
    ]);
  });

  it('explains a damaged workbook, an old .xls and an encrypted workbook in one issue each', async () => {
    const good = await workbook([['id', 'label', 'kind', 'municipalities']]);
    const ole2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const files = {
      damaged: good.subarray(0, 400),
      xls: Buffer.concat([ole2, Buffer.alloc(1024)]),
      encrypted: Buffer.concat([
        ole2,
        Buffer.alloc(1024),
        Buffer.from('EncryptedPackage', 'utf16le'),
      ]),
    };
    const messages = [];
    for (const bytes of Object.values(files)) {
      const issues = issuesOf(await scope.unchanged(() => scope.run('tables', bytes)));
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ line: null, column: null });
      messages.push(issues[0]?.message);
    }
    expect(messages).toEqual([
      expect.stringMatching(/^the file is not a valid XLSX workbook: .* damaged or cut off/),
      expect.stringMatching(/^the file is an old Excel 97–2003 workbook \(\.xls\): .*\.xlsx/),
      expect.stringMatching(/^the workbook is protected with a password \(encrypted\)/),
    ]);
  });
});

describe('uploading a workbook through GraphQL', () => {
  const app = testApp(db);
  const mutation = /* GraphQL */ `
    mutation Import($entity: ImportEntity!, $file: File!, $dryRun: Boolean) {
      importSpreadsheet(entity: $entity, file: $file, dryRun: $dryRun) {
        __typename
        ... on MutationImportSpreadsheetSuccess { data { entity rows created updated unchanged dryRun } }
        ... on ImportFailed { errorCount errors { line column message } }
      }
    }`;
  const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  async function upload(entity: string, file: File, dryRun = false) {
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({ query: mutation, variables: { entity, file: null, dryRun } }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    form.append('0', file);
    const response = await app.fetch('http://rizoom.test/graphql', {
      method: 'POST',
      body: form,
      headers: { [csrfHeader]: '1' },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data?: { importSpreadsheet: unknown } };
    return body.data?.importSpreadsheet;
  }

  it('imports an uploaded workbook, and again changes nothing', async () => {
    const bytes = await writeExcelFile(
      sheetFromCsv(`id,label,kind,municipalities\n${scope.prefix}up-1,Upload tafel,MDO,GM0344\n`),
    ).toBuffer();
    const file = new File([new Uint8Array(bytes)], 'tafels.xlsx', { type: xlsxType });
    expect(await upload('TABLES', file)).toEqual({
      __typename: 'MutationImportSpreadsheetSuccess',
      data: { entity: 'TABLES', rows: 1, created: 1, updated: 0, unchanged: 0, dryRun: false },
    });
    const table = (await scope.records()).find((r) => r.id === `${scope.prefix}up-1`);
    expect(table?.properties).toMatchObject({
      name: 'Upload tafel',
      source: 'import: tafels.xlsx',
    });
    expect(await upload('TABLES', file)).toMatchObject({ data: { created: 0, unchanged: 1 } });
  });

  it('answers ImportFailed for a bad row, whatever the file is called', async () => {
    const bytes = await workbook([
      ['id', 'label', 'kind', 'municipalities'],
      ['{p}up-2', 'Cirkel', 'CIRCLE', 'GM0344'],
    ]);
    const file = new File([new Uint8Array(bytes)], 'tafels.csv', { type: 'text/csv' });
    expect(await scope.unchanged(() => upload('TABLES', file))).toEqual({
      __typename: 'ImportFailed',
      errorCount: 1,
      errors: [
        {
          line: 2,
          column: 'kind',
          message:
            "unknown kind 'CIRCLE'; use one of ZAT, MDO, THUISZITTERSTAFEL, OVERSTAPTAFEL, OTHER",
        },
      ],
    });
  });
});
